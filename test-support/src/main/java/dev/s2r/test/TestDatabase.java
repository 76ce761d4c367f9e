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

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A database created for one test class (or one caller) on a {@link TestServer}; {@link #close()} drops it.
 *
 * <p>{@link SingleStoreServerExtension} creates one per test class and resolves it, its server, or its
 * {@link #connectionFactory() connection factory} as test parameters.
 */
public final class TestDatabase implements AutoCloseable {

    private final TestServer server;
    private final String name;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ConnectionFactory connectionFactory;

    TestDatabase(TestServer server, String name) {
        this.server = Objects.requireNonNull(server, "server");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** @return the server this database lives on */
    public TestServer server() {
        return server;
    }

    /** @return the database name, {@code s2r_<prefix>_<random>} */
    public String database() {
        return name;
    }

    /** @return the server's host */
    public String host() {
        return server.host();
    }

    /** @return the server's MySQL-protocol port */
    public int port() {
        return server.port();
    }

    /** @return the user name tests connect with (the server's administrative account) */
    public String user() {
        return server.user();
    }

    /** @return the password tests connect with */
    public String password() {
        return server.password();
    }

    /** @return the R2DBC URL of this database, {@code r2dbc:singlestore://user:password@host:port/database} */
    public String url() {
        return url(Map.of());
    }

    /**
     * Builds the R2DBC URL of this database with extra options.
     *
     * @param extraOptions options such as {@code useServerPrepStmts=false}
     * @return the URL
     */
    public String url(Map<String, String> extraOptions) {
        return server.url(server.admin(), name, extraOptions);
    }

    /**
     * Builds the R2DBC URL of this database for another account.
     *
     * @param user         the account
     * @param extraOptions options such as {@code sslMode=DISABLED}
     * @return the URL
     */
    public String url(TestUser user, Map<String, String> extraOptions) {
        return server.url(user, name, extraOptions);
    }

    /** @return the MariaDB Connector/J URL of this database (credentials: {@link #user()}, {@link #password()}) */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** @return a connection factory for this database with the server's default options, created once */
    public ConnectionFactory connectionFactory() {
        ConnectionFactory factory = connectionFactory;
        if (factory == null) {
            synchronized (this) {
                factory = connectionFactory;
                if (factory == null) {
                    factory = ConnectionFactories.get(url());
                    connectionFactory = factory;
                }
            }
        }
        return factory;
    }

    /**
     * Creates a new connection factory for this database through R2DBC discovery.
     *
     * @param extraOptions URL options such as {@code useServerPrepStmts}, {@code allowMultiQueries}
     * @return the factory
     */
    public ConnectionFactory connectionFactory(Map<String, String> extraOptions) {
        return ConnectionFactories.get(url(extraOptions));
    }

    /**
     * Runs statements in order on one new connection to this database and waits for them; for fixtures.
     *
     * @param statements the SQL statements, one statement each
     * @return the total number of rows they updated
     */
    public long execute(String... statements) {
        Long updated = Mono.usingWhen(Mono.from(connectionFactory().create()),
                connection -> Flux.fromArray(statements)
                    .concatMap(sql -> Flux.from(connection.createStatement(sql).execute())
                        .concatMap(Result::getRowsUpdated))
                    .reduce(0L, Long::sum),
                Connection::close)
            .block(TestServer.ADMIN_TIMEOUT);
        return updated == null ? 0 : updated;
    }

    /** Drops the database (once); does nothing when the server was already closed. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && !server.isClosed()) {
            server.execute("DROP DATABASE IF EXISTS " + TestServer.quoteIdentifier(name));
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " on " + server + "]";
    }
}
