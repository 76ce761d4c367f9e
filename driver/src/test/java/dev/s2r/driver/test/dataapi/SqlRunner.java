/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.test.TestServer;
import dev.s2r.test.TestUser;
import io.netty.util.ReferenceCountUtil;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Runs a request's SQL on the backing database through the s2r driver, on a new connection logged in with the
 * request's credentials and context database, closed when the answer ends: every request is independent, no
 * session state carries over (singlestore-server.md §2.6).
 */
final class SqlRunner {

    /**
     * One statement per connection, as the Go driver's default (no {@code multiStatements}): the engine itself
     * refuses a second statement with a syntax error (singlestore-server.md §2.2: "sql — a single statement";
     * python-sdk-driver.md §5.4: the Data API "does not allow multiple statements"). [unverified] the exact error.
     */
    private static final Map<String, String> OPTIONS = Map.of("allowMultiQueries", "false", "fusionEnabled", "false");

    /**
     * MariaDB has no JSON wire type: a JSON column is a LONGTEXT with a {@code json_valid} check. SingleStore sends
     * JSON columns as type 245, which this lookup stands in for on MariaDB (an adaptation to the backing database,
     * not a behaviour of the Data API).
     */
    private static final String MARIADB_JSON_COLUMNS = "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME "
        + "FROM information_schema.CHECK_CONSTRAINTS "
        + "WHERE CHECK_CLAUSE = CONCAT('json_valid(`', CONSTRAINT_NAME, '`)')";

    private final TestServer server;
    private final Map<String, ConnectionFactory> factories = new ConcurrentHashMap<>();

    SqlRunner(TestServer server) {
        this.server = server;
    }

    /**
     * Runs a statement and streams its result sets.
     *
     * @param login    the credentials
     * @param database the context database, or {@code null}
     * @param sql      the statement with its arguments written in
     * @param streamer writes the body
     * @return the chunks of the body; an error before the answer started fails it (a login error as such)
     */
    Flux<byte[]> query(TestUser login, String database, String sql, ResultStreamer streamer) {
        return Flux.usingWhen(connect(login, database),
            connection -> jsonColumns(connection)
                .flatMapMany(json -> streamer.withJsonColumns(json)
                    .stream(Flux.from(connection.createStatement(sql).execute()))),
            Connection::close, (connection, error) -> connection.close(), Connection::close);
    }

    /**
     * Runs a statement for {@code exec}: singlestore-server.md §2.1, {@code {"lastInsertId": int, "rowsAffected":
     * int}}. [unverified] rows of a result set are read and dropped, and the last OK packet's counts are answered
     * (go-sql-driver's {@code Exec} on a statement that returns rows).
     *
     * @return the answer's body
     */
    Mono<String> exec(TestUser login, String database, String sql) {
        return Mono.usingWhen(connect(login, database),
            connection -> Flux.from(connection.createStatement(sql).execute())
                .concatMap(result -> DriverResults.messages(result).handle((message, sink) -> {
                    try {
                        if (message instanceof ErrorMessage) {
                            ErrorMessage error = (ErrorMessage) message;
                            sink.error(new EngineError(error.getCode(), error.getSqlState(), error.getMessage()));
                        } else if (message instanceof OkMessage) {
                            sink.next((OkMessage) message);
                        }
                    } finally {
                        ReferenceCountUtil.release(message);
                    }
                }))
                .cast(OkMessage.class)
                .last(new OkMessage(0, 0, 0, 0))
                .map(ok -> "{\"lastInsertId\":" + Long.toUnsignedString(ok.getLastInsertId()) + ",\"rowsAffected\":"
                    + Long.toUnsignedString(ok.getAffectedRows()) + "}"),
            Connection::close, (connection, error) -> connection.close(), Connection::close);
    }

    /**
     * Logs in to the backing database with the request's credentials (singlestore-server.md §2.3: Basic credentials
     * are a database user's) and context database (§2.2, case-sensitive; [unverified] without one the session has no
     * current database). A login error is marked as such, so that bad credentials answer 401.
     */
    private Mono<Connection> connect(TestUser login, String database) {
        String key = login.name() + '\u0000' + login.password() + '\u0000' + database;
        ConnectionFactory factory = this.factories.computeIfAbsent(key,
            ignored -> ConnectionFactories.get(this.server.url(login, database, OPTIONS)));
        return Mono.<Connection>from(factory.create()).onErrorMap(error -> new LoginError(error));
    }

    private static Mono<Set<String>> jsonColumns(Connection connection) {
        if (!(connection instanceof SingleStoreConnection)
            || ((SingleStoreConnection) connection).getServerFlavor() != ServerFlavor.MARIADB) {
            return Mono.just(Collections.emptySet());
        }
        return Flux.from(connection.createStatement(MARIADB_JSON_COLUMNS).execute())
            .concatMap(result -> result.map((row, metadata) -> ResultStreamer.jsonColumnKey(row.get(0, String.class),
                row.get(1, String.class), row.get(2, String.class))))
            .collect(Collectors.toSet());
    }

    /** An error while logging in to the backing database. */
    static final class LoginError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LoginError(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
