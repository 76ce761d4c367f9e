/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Testcontainers container running SingleStore's dev image, {@code ghcr.io/singlestore-labs/singlestoredb-dev}:
 * one aggregator and one leaf, the MySQL protocol on port 3306 and the Data API on port 9000, with the options of the
 * SingleStore Python SDK's Docker helper.
 *
 * <pre>{@code
 * @Testcontainers
 * class OrdersIntegrationTests {
 *     @Container
 *     static final SingleStoreContainer SINGLESTORE = new SingleStoreContainer()
 *         .withDatabase("shop")
 *         .withInitSql("CREATE TABLE shop.orders (id INT PRIMARY KEY, total DECIMAL(10,2));");
 *
 *     @Test
 *     void countsOrders() {
 *         ConnectionFactory factory = ConnectionFactories.get(SINGLESTORE.getR2dbcUrl());
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Configuration, all before {@link #start()}: {@link #withRootPassword(String)} (random by default),
 * {@link #withLicense(String)} (the image's free dev license by default), {@link #withDatabase(String)} (created at
 * the first start and named by every URL), {@link #withInitSql(String)}, {@link #withGlobalVariable(String, String)},
 * {@link #withDataApi(boolean)} (on by default), {@link #withStudio(boolean)} and {@link #withKai(boolean)} (off by
 * default). The image's own command runs unchanged; the container counts as started when the image's health check
 * passes, which it does only after the password, license, global variables and init SQL are in place (up to five
 * minutes, most of it the first pull).
 *
 * <p>The password never appears in {@link #toString()}; it is in the container's environment and in the URLs, by
 * necessity. Starting needs a Docker engine; when nothing on the machine names one, {@link #start()} fails with an
 * {@link IllegalStateException} saying so, without Testcontainers' error log.
 */
public class SingleStoreContainer extends GenericContainer<SingleStoreContainer> {

    /** The dev image, latest tag; pin a tag in CI. */
    public static final DockerImageName DEFAULT_IMAGE =
        DockerImageName.parse("ghcr.io/singlestore-labs/singlestoredb-dev:latest");
    /** The MySQL-protocol port inside the container. */
    public static final int SQL_PORT = 3306;
    /** The Data API (SQL over plain HTTP) port inside the container. */
    public static final int DATA_API_PORT = 9000;
    /** The Studio web UI port inside the container. */
    public static final int STUDIO_PORT = 8080;
    /** The Kai (MongoDB API) port inside the container, open when Kai is enabled. */
    public static final int KAI_PORT = 27017;
    /** The SQL user the URLs name. */
    public static final String USER = "root";

    private static final List<Integer> OPTIONAL_PORTS = List.of(DATA_API_PORT, STUDIO_PORT, KAI_PORT);
    static final String INIT_SQL_PATH = "/init.sql";
    static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    private static final String GLOBAL_PREFIX = "SINGLESTORE_SET_GLOBAL_";
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern NO_WHITE_SPACE = Pattern.compile("\\S+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DockerImageName image;
    private final DockerEngineProbe probe;
    private final Map<String, String> globalVariables = new LinkedHashMap<>();
    private final List<String> initSql = new ArrayList<>();
    private String rootPassword = randomPassword();
    private String license;
    private String database;
    private boolean dataApi = true;
    private boolean studio;
    private boolean kai;

    /** Creates a container of {@link #DEFAULT_IMAGE}. */
    public SingleStoreContainer() {
        this(DEFAULT_IMAGE);
    }

    /**
     * Creates a container of another tag or a copy of the dev image.
     *
     * @param image the image, such as {@code ghcr.io/singlestore-labs/singlestoredb-dev:0.2.81}
     */
    public SingleStoreContainer(String image) {
        this(DockerImageName.parse(image));
    }

    /**
     * Creates a container of another tag or a copy of the dev image.
     *
     * @param image the image
     */
    public SingleStoreContainer(DockerImageName image) {
        this(image, DockerEngineProbe.system());
    }

    SingleStoreContainer(DockerImageName image, DockerEngineProbe probe) {
        super(image);
        this.image = image;
        this.probe = probe;
        waitingFor(Wait.forHealthcheck().withStartupTimeout(STARTUP_TIMEOUT));
    }

    /**
     * Sets the root account's password (environment variable {@code ROOT_PASSWORD}); a random one is used otherwise.
     *
     * @param password the password, not empty and without white space (the image passes it to a command line)
     * @return this container
     */
    public SingleStoreContainer withRootPassword(String password) {
        if (Objects.requireNonNull(password, "password").isEmpty() || !NO_WHITE_SPACE.matcher(password).matches()) {
            throw new IllegalArgumentException("The dev image needs a root password that is not empty and has no"
                + " white space");
        }
        this.rootPassword = password;
        return self();
    }

    /**
     * Sets the license (environment variable {@code SINGLESTORE_LICENSE}); {@code null} or empty keeps the image's
     * free dev license.
     *
     * @param license the license key
     * @return this container
     */
    public SingleStoreContainer withLicense(String license) {
        this.license = license == null || license.isEmpty() ? null : license;
        return self();
    }

    /**
     * Names the database the URLs point at; it is created ({@code CREATE DATABASE IF NOT EXISTS}) by the init script
     * before any {@linkplain #withInitSql(String) init SQL} of the caller.
     *
     * @param name the database, or {@code null} for URLs without one
     * @return this container
     */
    public SingleStoreContainer withDatabase(String name) {
        this.database = name == null || name.isEmpty() ? null : name;
        return self();
    }

    /**
     * Adds SQL the container runs once, at its first start, with the {@code singlestore} command-line client as root;
     * statements end with {@code ;}. Several calls run in order.
     *
     * @param sql one or more statements
     * @return this container
     */
    public SingleStoreContainer withInitSql(String sql) {
        initSql.add(Objects.requireNonNull(sql, "sql"));
        return self();
    }

    /**
     * Sets an engine global variable at start (environment variable {@code SINGLESTORE_SET_GLOBAL_<NAME>}); the image
     * fails to start on an unknown variable.
     *
     * @param name  the variable, such as {@code default_partitions_per_leaf}
     * @param value its value
     * @return this container
     */
    public SingleStoreContainer withGlobalVariable(String name, String value) {
        if (name == null || !VARIABLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a global variable name: '" + name + "'");
        }
        globalVariables.put(name.toUpperCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Exposes the Data API port, 9000 (on by default; the image always runs the Data API).
     *
     * @param enabled whether to map the port to the host
     * @return this container
     */
    public SingleStoreContainer withDataApi(boolean enabled) {
        this.dataApi = enabled;
        return self();
    }

    /**
     * Exposes Studio's port, 8080 (off by default).
     *
     * @param enabled whether to map the port to the host
     * @return this container
     */
    public SingleStoreContainer withStudio(boolean enabled) {
        this.studio = enabled;
        return self();
    }

    /**
     * Enables Kai, the MongoDB API (environment variable {@code ENABLE_KAI=1}), and exposes its port, 27017.
     *
     * @param enabled whether to run Kai
     * @return this container
     */
    public SingleStoreContainer withKai(boolean enabled) {
        this.kai = enabled;
        return self();
    }

    /**
     * Applies the options to the container's environment, exposed ports (keeping others the caller exposed) and
     * files; Testcontainers calls it when starting.
     */
    @Override
    protected void configure() {
        List<Integer> ports = new ArrayList<>(List.of(SQL_PORT));
        if (dataApi) {
            ports.add(DATA_API_PORT);
        }
        if (studio) {
            ports.add(STUDIO_PORT);
        }
        if (kai) {
            ports.add(KAI_PORT);
            addEnv("ENABLE_KAI", "1");
        }
        for (Integer port : getExposedPorts()) {
            if (!ports.contains(port) && !OPTIONAL_PORTS.contains(port)) {
                ports.add(port);
            }
        }
        setExposedPorts(ports);
        addEnv("ROOT_PASSWORD", rootPassword);
        if (license != null) {
            addEnv("SINGLESTORE_LICENSE", license);
        }
        globalVariables.forEach((name, value) -> addEnv(GLOBAL_PREFIX + name, value));
        String script = initScript();
        if (!script.isEmpty()) {
            withCopyToContainer(Transferable.of(script), INIT_SQL_PATH);
        }
    }

    /**
     * Starts the container, pulling the image if needed.
     *
     * @throws IllegalStateException when nothing on this machine names a Docker engine
     */
    @Override
    public void start() {
        if (probe.configuredEngine().isEmpty()) {
            throw new IllegalStateException("Cannot start " + this + ": " + probe.absenceReason());
        }
        super.start();
    }

    /** @return the SQL user, {@value #USER} */
    public String getUsername() {
        return USER;
    }

    /** @return the root account's password */
    public String getPassword() {
        return rootPassword;
    }

    /** @return the database the URLs name, or {@code null} */
    public String getDatabaseName() {
        return database;
    }

    /** @return {@code r2dbc:singlestore://root:password@host:port/database} of the running container */
    public String getR2dbcUrl() {
        return endpoints().r2dbcUrl();
    }

    /**
     * @return {@code r2dbc:singlestore:http://root:password@host:port/database}, the same database over the Data API
     * @throws IllegalStateException when the Data API port is not exposed
     */
    public String getDataApiUrl() {
        return endpoints().dataApiR2dbcUrl();
    }

    /**
     * @return {@code http://host:port}, the base of the Data API's endpoints for any HTTP client
     * @throws IllegalStateException when the Data API port is not exposed
     */
    public String getDataApiBaseUrl() {
        return endpoints().dataApiBaseUrl();
    }

    /**
     * Gives a URL for SingleStore's JDBC driver ({@code com.singlestore:singlestore-jdbc-client}), the JDBC driver
     * that knows SingleStore's own types; credentials go separately, {@link #getUsername()} and
     * {@link #getPassword()}.
     *
     * @return {@code jdbc:singlestore://host:port/database}
     */
    public String getJdbcUrl() {
        return endpoints().jdbcUrl();
    }

    /**
     * @return {@code http://host:port} of Studio
     * @throws IllegalStateException when Studio's port is not exposed
     */
    public String getStudioUrl() {
        return endpoints().studioUrl();
    }

    /**
     * @return {@code mongodb://root:password@host:port/?authMechanism=PLAIN&loadBalanced=true}
     * @throws IllegalStateException when Kai is off
     */
    public String getKaiUri() {
        return endpoints().kaiUri();
    }

    @Override
    public String toString() {
        return "SingleStoreContainer[" + image.asCanonicalNameString()
            + (database == null ? "" : ", database " + database)
            + (getContainerId() == null ? ", not started" : ", " + getContainerId()) + "]";
    }

    /** @return the script written to {@value #INIT_SQL_PATH}: the database's creation, then the caller's SQL */
    String initScript() {
        StringBuilder script = new StringBuilder();
        if (database != null) {
            script.append("CREATE DATABASE IF NOT EXISTS ").append(TestServer.quoteIdentifier(database)).append(";\n");
        }
        initSql.forEach(sql -> script.append(sql).append('\n'));
        return script.toString();
    }

    /** @return the wait strategy, for tests */
    WaitStrategy waitStrategy() {
        return getWaitStrategy();
    }

    /**
     * The addresses of this container from the given host and mapped ports; {@code 0} for a port not exposed.
     *
     * @param host        the host
     * @param sqlPort     the mapped SQL port
     * @param dataApiPort the mapped Data API port
     * @param studioPort  the mapped Studio port
     * @param kaiPort     the mapped Kai port
     * @return the addresses
     */
    SingleStoreEndpoints endpoints(String host, int sqlPort, int dataApiPort, int studioPort, int kaiPort) {
        return new SingleStoreEndpoints(host, sqlPort, dataApi ? dataApiPort : 0, studio ? studioPort : 0,
            kai ? kaiPort : 0, USER, rootPassword, database);
    }

    private SingleStoreEndpoints endpoints() {
        return endpoints(getHost(), getMappedPort(SQL_PORT), dataApi ? getMappedPort(DATA_API_PORT) : 0,
            studio ? getMappedPort(STUDIO_PORT) : 0, kai ? getMappedPort(KAI_PORT) : 0);
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
