/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.api.ClientResult;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Turns a {@link ClientResult} into the messages a server would have sent for it: column definitions of the MySQL
 * types listed below, binary-protocol rows whose values are written by the connection's own parameter encoders
 * (the binary form of a value is the same in a row as in a parameter), and the end of the result set (or an OK with
 * the update count). The ordinary result machinery then decodes them with the connection's codecs, exactly as a
 * server's result.
 * <p>
 * Rows are encoded one at a time, as they are requested, into heap buffers (which the garbage collector reclaims
 * whether or not the row is released), so that a result read in part or not at all costs only what was read.
 */
public final class ClientResults {

    /** utf8mb4_general_ci. */
    private static final int UTF8MB4 = 45;
    private static final int BINARY = DataTypes.FLAG_BINARY;

    private ClientResults() {
    }

    /**
     * @param result  a result made on the client
     * @param codecs  the connection's codecs, which encode the values
     * @param context the connection's codec context
     * @return its messages, as a server would send them
     */
    public static Flux<ServerMessage> messages(ClientResult result, Codecs codecs, CodecContext context) {
        if (!result.hasRows()) {
            return Flux.just(new OkMessage(result.updateCount(), 0, 0, 0));
        }
        ColumnDefinition[] columns = definitions(result.columns());
        return Flux.concat(Mono.just(new ResultSetMetadata(columns, true)),
            Flux.range(0, result.rowCount()).map(row -> row(result, row, codecs, context)),
            Mono.fromSupplier(() -> new ResultSetEnd(0, 0)));
    }

    private static ColumnDefinition[] definitions(List<ClientResult.Column> columns) {
        ColumnDefinition[] definitions = new ColumnDefinition[columns.size()];
        for (int i = 0; i < definitions.length; i++) {
            definitions[i] = definition(columns.get(i));
        }
        return definitions;
    }

    private static ColumnDefinition definition(ClientResult.Column column) {
        String name = column.name();
        switch (column.type()) {
            case TEXT:
                return ColumnDefinition.of(name, DataTypes.VAR_STRING, 0, UTF8MB4, 4L * 65_535, 0);
            case BIGINT:
                return ColumnDefinition.of(name, DataTypes.LONGLONG, BINARY, DataTypes.BINARY_CHARSET, 20, 0);
            case DOUBLE:
                return ColumnDefinition.of(name, DataTypes.DOUBLE, BINARY, DataTypes.BINARY_CHARSET, 22, 31);
            case BOOLEAN:
                return ColumnDefinition.of(name, DataTypes.TINY, BINARY, DataTypes.BINARY_CHARSET, 1, 0);
            case DATE:
                return ColumnDefinition.of(name, DataTypes.DATE, BINARY, DataTypes.BINARY_CHARSET, 10, 0);
            case DATETIME:
                return ColumnDefinition.of(name, DataTypes.DATETIME, BINARY, DataTypes.BINARY_CHARSET, 26, 6);
            case JSON:
                return ColumnDefinition.of(name, DataTypes.JSON, 0, UTF8MB4, 4L * 0x3FFF_FFFF, 0);
            default:
                return ColumnDefinition.of(name, DataTypes.BLOB, BINARY, DataTypes.BINARY_CHARSET, 65_535, 0);
        }
    }

    /**
     * Encodes one row in the binary protocol: the header byte, the NULL bitmap (bits from offset 2), then each
     * non-NULL value as the connection's encoder writes it for that Java type ({@link ClientResult} holds only
     * {@code Long}, {@code Double}, {@code Boolean}, {@code String}, {@code LocalDate}, {@code LocalDateTime} and
     * {@code byte[]}, whose binary forms are those of the columns above).
     */
    private static RowMessage row(ClientResult result, int row, Codecs codecs, CodecContext context) {
        int count = result.columns().size();
        ByteBuf payload = Unpooled.buffer(1 + (count + 9) / 8 + 16 * count);
        payload.writeByte(0).writeZero((count + 9) / 8);
        for (int i = 0; i < count; i++) {
            Object value = result.value(row, i);
            if (value == null) {
                int bit = i + 2;
                payload.setByte(1 + bit / 8, payload.getByte(1 + bit / 8) | 1 << (bit % 8));
            } else {
                codecs.encode(value, context).writeBinary(payload);
            }
        }
        return new RowMessage(payload, true);
    }
}
