/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.SingleStoreServerExtension;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The three ways a statement reaches the server, behind the same R2DBC API: the MySQL protocol with values
 * interpolated by the client ({@link #TEXT}) or with server-prepared statements ({@link #PREPARED}), and the HTTP
 * Data API ({@link #DATA_API}, docs/data-api.md). Behaviour suites take one as a parameter
 * ({@code @MethodSource("dev.s2r.driver.test.Wire#selected")}) and connect with {@link #factory(TestDatabase, Map)};
 * what the Data API is forced to do differently is declared in {@link DataApiDifferences}, not in the suites.
 *
 * <h2>Switches</h2>
 * {@code S2R_TEST_WIRES} (or the system property {@code s2r.test.wires}), a comma-separated list such as
 * {@code DATA_API}, runs the suites over those wires only: {@code S2R_TEST_WIRES=DATA_API} runs them over the Data
 * API instead of the MySQL protocol, as the Python SDK's {@code USE_DATA_API=1} does. Unset, every wire runs.
 * {@code S2R_TEST_DATA_API_URL} (or {@code s2r.test.dataApiUrl}), the base URL of a real Data API such as
 * {@code http://127.0.0.1:9000} (a SingleStore's, beside the {@code SINGLESTOREDB_URL} the tests use), sends
 * {@link #DATA_API} there, with the test database's user, password and name, instead of to a {@link DataApiServer}.
 *
 * <h2>The Data API server's lifetime</h2>
 * {@link #DATA_API} plays the service with a {@link DataApiServer} on the test's database, started on the first
 * {@link #factory} or {@link #url} call for that database and reused by every later call for it (one server per
 * {@link TestDatabase}, whatever the options). It runs until {@link #close(TestDatabase)}: a test class that uses
 * {@link #DATA_API} registers {@link Servers} ({@code @ExtendWith(Wire.Servers.class)} after {@code @SingleStoreTest}),
 * which closes its database's server after the class's {@code @AfterAll} methods and before the database is dropped.
 * A server left open (a class without the extension) stops with the JVM; it holds no database connection between
 * requests.
 */
public enum Wire {

    /** The MySQL protocol, {@code useServerPrepStmts=false}: values interpolated by the client, text rows. */
    TEXT(Protocol.TEXT),

    /** The MySQL protocol, {@code useServerPrepStmts=true}: server-side prepared statements, binary rows. */
    PREPARED(Protocol.PREPARED),

    /** The HTTP Data API, {@code r2dbc:singlestore:http://…}, played by a {@link DataApiServer}. */
    DATA_API(null);

    private static final Map<TestDatabase, DataApiServer> SERVERS = new ConcurrentHashMap<>();

    private final Protocol protocol;

    Wire(Protocol protocol) {
        this.protocol = protocol;
    }

    /**
     * @return the wires the suites run over: those named by {@code S2R_TEST_WIRES} / {@code s2r.test.wires}, else
     * every wire
     * @throws IllegalArgumentException when the switch names no wire or an unknown one
     */
    public static List<Wire> selected() {
        String names = setting("s2r.test.wires", "S2R_TEST_WIRES");
        if (names == null || names.isBlank()) {
            return List.of(values());
        }
        List<Wire> wires = Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty())
            .map(name -> valueOf(name.toUpperCase(Locale.ROOT))).distinct().toList();
        if (wires.isEmpty()) {
            throw new IllegalArgumentException("S2R_TEST_WIRES names no wire: '" + names + "'");
        }
        return wires;
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    /** @return whether this is the HTTP Data API */
    public boolean isDataApi() {
        return this == DATA_API;
    }

    /**
     * Builds the R2DBC URL of the database over this wire.
     *
     * @param database the test's database
     * @param options  URL options (over the MySQL protocol they win over this wire's {@code useServerPrepStmts})
     * @return {@code r2dbc:singlestore://…} or {@code r2dbc:singlestore:http://user:password@127.0.0.1:port/db?…}
     */
    public String url(TestDatabase database, Map<String, String> options) {
        if (this.protocol != null) {
            return database.url(this.protocol.options(options));
        }
        String query = options.entrySet().stream()
            .map(option -> encode(option.getKey()) + "=" + encode(option.getValue()))
            .collect(Collectors.joining("&"));
        String realDataApi = setting("s2r.test.dataApiUrl", "S2R_TEST_DATA_API_URL");
        if (realDataApi != null && !realDataApi.isBlank()) {
            URI base = URI.create(realDataApi.trim());
            return "r2dbc:singlestore:" + base.getScheme() + "://" + encode(database.user()) + ":"
                + encode(database.password()) + "@" + base.getAuthority() + "/" + database.database()
                + (query.isEmpty() ? "" : "?" + query);
        }
        DataApiServer server = server(database);
        return "r2dbc:singlestore:http://" + encode(server.user()) + ":" + encode(server.password()) + "@127.0.0.1:"
            + server.port() + "/" + server.database() + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * Creates a connection factory for the database over this wire.
     *
     * @param database the test's database
     * @param options  URL options; over the Data API, an option of the MySQL protocol only is refused
     * @return a new factory
     */
    public ConnectionFactory factory(TestDatabase database, Map<String, String> options) {
        return ConnectionFactories.get(url(database, options));
    }

    /**
     * @param database the test's database
     * @return a new connection factory for it over this wire, without further options
     */
    public ConnectionFactory factory(TestDatabase database) {
        return factory(database, Map.of());
    }

    /**
     * Returns the Data API server of a database, starting it on first use.
     *
     * @param database the test's database
     * @return its server
     */
    public static DataApiServer server(TestDatabase database) {
        return SERVERS.computeIfAbsent(database, DataApiServer::start);
    }

    /**
     * Stops the Data API server of a database, if one was started; later calls start a new one.
     *
     * @param database the test's database
     */
    public static void close(TestDatabase database) {
        DataApiServer server = SERVERS.remove(database);
        if (server != null) {
            server.close();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Closes the Data API server of the test class's database once the class is done: register it with
     * {@code @ExtendWith(Wire.Servers.class)} on a {@code @SingleStoreTest} class.
     */
    public static final class Servers implements AfterAllCallback {

        /** Creates the extension; JUnit calls this. */
        public Servers() {
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (context.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
                return; // a @Nested class shares its enclosing class's database and server
            }
            close(SingleStoreServerExtension.database(context));
        }
    }
}
