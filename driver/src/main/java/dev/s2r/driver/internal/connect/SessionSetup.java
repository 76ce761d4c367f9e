/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

import dev.s2r.driver.internal.client.ServerFlavorDetector;
import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.internal.client.Client;
import dev.s2r.driver.internal.client.ConnectionContext;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.internal.message.client.QueryMessage;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;
import io.r2dbc.spi.R2dbcException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The first round trip after login: tells SingleStore from MySQL when the handshake could not, and reads the
 * session settings the codecs need (time zone, sql_mode, max_allowed_packet), all in one query. On SingleStore it
 * also reads {@code @@memsql_version} and {@code @@aggregator_id}.
 * <p>
 * When extended data types are enabled, the {@code SET} that asks SingleStore for VECTOR and BSON column metadata
 * (and the vector projection) is pipelined right behind that query, in the same round trip. It is sent only when
 * the handshake leaves SingleStore possible: never to MariaDB or MySQL 8+, which the handshake version names; a
 * MySQL 5.x server, which the handshake cannot tell from SingleStore, may receive it and answers with an error.
 * An error answer (such a server, or a SingleStore older than 8.7.1) is ignored.
 */
public final class SessionSetup {

    private static final String BASE = "@@max_allowed_packet, @@sql_mode, @@time_zone, @@system_time_zone";
    private static final String SINGLESTORE_QUERY = "SELECT " + BASE + ", @@memsql_version, @@aggregator_id";
    private static final String PLAIN_QUERY = "SELECT " + BASE;
    private static final int UNKNOWN_SYSTEM_VARIABLE = 1193;
    private static final String EXTENDED_TYPES = "SET @@SESSION.enable_extended_types_metadata=ON, "
        + "@@SESSION.vector_type_project_format=";

    private SessionSetup() {
    }

    /**
     * Runs the setup query, records the answers in the client's context and, on a server that may be SingleStore,
     * enables extended data types when the settings asks for them.
     *
     * @param client        the logged-in client
     * @param settings the connection settings
     * @return completes when the context is filled in and the extended types request is answered
     */
    public static Mono<Void> run(Client client, Settings settings) {
        Mono<Void> variables = settings.get(SingleStoreOptions.SESSION_VARIABLES).isEmpty() ? Mono.empty()
            : execute(client, sessionVariablesSql(settings.get(SingleStoreOptions.SESSION_VARIABLES)));
        Mono<Void> init = settings.get(SingleStoreOptions.INIT_SQL) == null ? Mono.empty()
            : Mono.defer(() -> execute(client, settings.get(SingleStoreOptions.INIT_SQL)));
        return Mono.when(variables, setup(client, settings)).then(init);
    }

    /**
     * @param variables names and SQL values
     * @return one {@code SET} statement for all of them, in order
     */
    static String sessionVariablesSql(Map<String, String> variables) {
        StringBuilder sql = new StringBuilder("SET ");
        variables.forEach((name, value) -> {
            if (sql.length() > 4) {
                sql.append(", ");
            }
            sql.append(name.startsWith("@@") ? name : "@@SESSION." + name).append('=').append(value);
        });
        return sql.toString();
    }

    /** Runs one statement; its rows are dropped, an error fails the result. */
    private static Mono<Void> execute(Client client, String sql) {
        return completion(client.exchange(new QueryMessage(sql), ResponseDecoder.Mode.TEXT_RESULT), sql);
    }

    /**
     * Reduces the response of a statement whose rows and counts nobody reads to its completion.
     *
     * @param response the response's messages, each released here
     * @param sql      the statement, for the exception
     * @return completes when the response ends; fails with the mapped exception when it holds an error
     */
    public static Mono<Void> completion(Flux<ServerMessage> response, String sql) {
        return response.<Void>handle((message, sink) -> {
            if (message instanceof ErrorMessage) {
                ErrorMessage error = (ErrorMessage) message;
                sink.error(ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(), sql));
            }
            ResponseDecoder.release(message);
        }).then();
    }

    private static Mono<Void> setup(Client client, Settings settings) {
        ConnectionContext context = client.getContext();
        ZoneId serverZoneId = settings.get(SingleStoreOptions.SERVER_ZONE_ID);
        ServerFlavor flavor = ServerFlavorDetector.fromHandshake(context.getHandshakeVersion());
        if (flavor != null) {
            context.setFlavor(flavor);
            return query(client, PLAIN_QUERY).doOnNext(row -> apply(context, row, serverZoneId)).then();
        }
        Mono<Void> setup = detect(client, context, serverZoneId);
        if (!settings.get(SingleStoreOptions.ENABLE_EXTENDED_DATA_TYPES)) {
            return setup;
        }
        return Mono.when(setup, ignoringErrors(client, extendedTypesSql(settings)));
    }

    /**
     * @param settings the connection settings
     * @return the {@code SET} statement that enables extended type metadata with the configured vector format
     */
    static String extendedTypesSql(Settings settings) {
        return EXTENDED_TYPES + settings.get(SingleStoreOptions.VECTOR_DATA_FORMAT).name();
    }

    private static Mono<Void> ignoringErrors(Client client, String sql) {
        return client.exchange(new QueryMessage(sql), ResponseDecoder.Mode.TEXT_RESULT)
            .doOnNext(ResponseDecoder::release)
            .then();
    }

    private static Mono<Void> detect(Client client, ConnectionContext context, ZoneId serverZoneId) {
        return query(client, SINGLESTORE_QUERY)
            .doOnNext(row -> {
                context.setFlavor(ServerFlavor.SINGLESTORE);
                apply(context, row, serverZoneId);
            })
            .onErrorResume(e -> e instanceof R2dbcException
                    && ((R2dbcException) e).getErrorCode() == UNKNOWN_SYSTEM_VARIABLE,
                e -> {
                    context.setFlavor(ServerFlavor.MYSQL);
                    return query(client, PLAIN_QUERY).doOnNext(row -> apply(context, row, serverZoneId));
                })
            .then();
    }

    private static void apply(ConnectionContext context, String[] row, ZoneId serverZoneId) {
        try {
            context.setMaxAllowedPacket(Long.parseLong(row[0]));
        } catch (NumberFormatException | NullPointerException e) {
            // keep the default
        }
        context.setNoBackslashEscapes(row[1] != null && row[1].contains("NO_BACKSLASH_ESCAPES"));
        context.setSessionZone(serverZoneId != null ? serverZoneId : zone(row[2], row[3]));
        if (row.length > 4) {
            if (row[4] != null) {
                context.setEngineVersion(row[4]);
            }
            try {
                context.setAggregatorId(Integer.parseInt(row[5]));
            } catch (NumberFormatException | NullPointerException e) {
                context.setAggregatorId(-1);
            }
        }
    }

    static ZoneId zone(String timeZone, String systemTimeZone) {
        String name = "SYSTEM".equalsIgnoreCase(timeZone) ? systemTimeZone : timeZone;
        if (name == null || name.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    private static Mono<String[]> query(Client client, String sql) {
        return client.exchange(new QueryMessage(sql), ResponseDecoder.Mode.TEXT_RESULT)
            .handle((ServerMessage message, reactor.core.publisher.SynchronousSink<String[]> sink) -> {
                if (message instanceof RowMessage) {
                    RowMessage row = (RowMessage) message;
                    try {
                        sink.next(readTextRow(row.payload()));
                    } finally {
                        row.release();
                    }
                } else if (message instanceof ErrorMessage) {
                    ErrorMessage error = (ErrorMessage) message;
                    sink.error(ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(), sql));
                }
            })
            .last();
    }

    /**
     * Reads every column of a text-protocol row as a string ({@code null} for SQL NULL).
     *
     * @param buf the row payload
     * @return the values
     */
    static String[] readTextRow(ByteBuf buf) {
        java.util.List<String> values = new java.util.ArrayList<>();
        int index = buf.readerIndex();
        int end = buf.writerIndex();
        while (index < end) {
            int first = buf.getUnsignedByte(index);
            if (first == LengthEncoded.NULL_MARKER) {
                values.add(null);
                index++;
                continue;
            }
            int length = (int) LengthEncoded.getLength(buf, index);
            index += LengthEncoded.headerSize(first);
            values.add(buf.toString(index, length, StandardCharsets.UTF_8));
            index += length;
        }
        return values.toArray(new String[0]);
    }
}
