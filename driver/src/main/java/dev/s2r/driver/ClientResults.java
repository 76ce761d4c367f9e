/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.api.ClientResult;
import dev.s2r.driver.codec.DataTypes;
import dev.s2r.driver.message.server.ColumnDefinition;
import dev.s2r.driver.message.server.OkMessage;
import dev.s2r.driver.message.server.ResultSetEnd;
import dev.s2r.driver.message.server.ResultSetMetadata;
import dev.s2r.driver.message.server.RowMessage;
import dev.s2r.driver.message.server.ServerMessage;
import dev.s2r.driver.util.LengthEncoded;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Turns a {@link ClientResult} into the messages a server would have sent for it: column definitions of the MySQL
 * types listed below, text-protocol rows, and the end of the result set (or an OK with the update count). The
 * ordinary result machinery then decodes them with the connection's codecs, exactly as a server's result.
 * <p>
 * Rows are encoded one at a time, as they are requested, into heap buffers (which the garbage collector reclaims
 * whether or not the row is released), so that a result read in part or not at all costs only what was read.
 */
final class ClientResults {

    /** utf8mb4_general_ci. */
    private static final int UTF8MB4 = 45;
    private static final int BINARY = DataTypes.FLAG_BINARY;

    private ClientResults() {
    }

    /**
     * @param result a result made on the client
     * @return its messages, as a server would send them
     */
    static Flux<ServerMessage> messages(ClientResult result) {
        if (!result.hasRows()) {
            return Flux.just(new OkMessage(result.updateCount(), 0, 0, 0));
        }
        ColumnDefinition[] columns = definitions(result.columns());
        return Flux.concat(Mono.just(new ResultSetMetadata(columns, false)),
            Flux.range(0, result.rowCount()).map(row -> row(result, row)),
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

    /** Encodes one row in the text protocol: each value length-encoded, NULL as 0xFB. */
    private static RowMessage row(ClientResult result, int row) {
        List<ClientResult.Column> columns = result.columns();
        ByteBuf payload = Unpooled.buffer(16 * columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Object value = result.value(row, i);
            if (value == null) {
                payload.writeByte(0xFB);
            } else {
                LengthEncoded.writeBytes(payload, text(columns.get(i).type(), value));
            }
        }
        return new RowMessage(payload, false);
    }

    /** The bytes a server sends for a value in the text protocol. */
    private static byte[] text(ClientResult.ColumnType type, Object value) {
        switch (type) {
            case TEXT:
            case JSON:
                return ((String) value).getBytes(StandardCharsets.UTF_8);
            case BOOLEAN:
                return ascii((Boolean) value ? "1" : "0");
            case DATE:
                return ascii(((LocalDate) value).toString());
            case DATETIME:
                return ascii(dateTime((LocalDateTime) value));
            case BINARY:
                return (byte[]) value;
            default:
                // BIGINT and DOUBLE: Java's decimal forms, which the server's text also uses
                return ascii(value.toString());
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss.ffffff}, the form of a {@code DATETIME(6)}. */
    private static String dateTime(LocalDateTime value) {
        StringBuilder text = new StringBuilder(26).append(value.toLocalDate()).append(' ');
        pad(text, value.getHour(), 2).append(':');
        pad(text, value.getMinute(), 2).append(':');
        pad(text, value.getSecond(), 2).append('.');
        return pad(text, value.getNano() / 1000, 6).toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int digits) {
        String number = Integer.toString(value);
        for (int i = number.length(); i < digits; i++) {
            text.append('0');
        }
        return text.append(number);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
