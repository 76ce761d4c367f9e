/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes a response batch as {@code {"data": [[row_id, ret1, ...], ...]}}, each value as {@link JsonCodec} describes.
 * A value JSON cannot carry as described (a year beyond 9999, a string with a lone surrogate, a JSON column whose
 * text is not one JSON value, an object of the wrong class) fails with an {@link IllegalArgumentException} naming
 * its row and column, and the buffer is released.
 */
final class JsonBatchWriter {

    /** A guess at the bytes of one value, to size a response's buffer; it grows past the guess. */
    private static final int VALUE_GUESS = 8;

    private JsonBatchWriter() {
    }

    /**
     * @param batch the rows
     * @param columns the return columns' types
     * @param allocator where the buffer comes from
     * @return the body, which the caller releases
     */
    static ByteBuf write(Batch batch, WireType[] columns, ByteBufAllocator allocator) {
        if (batch.width() != columns.length) {
            throw new IllegalArgumentException("the batch has " + batch.width() + " columns, not " + columns.length);
        }
        long guess = 16 + (long) batch.size() * (4 + 20 + (long) VALUE_GUESS * columns.length);
        ByteBuf out = allocator.buffer((int) Math.min(guess, 1 << 20));
        int row = 0;
        int c = 0;
        boolean done = false;
        try (JsonGenerator generator = JsonCodec.FACTORY.createGenerator((OutputStream) new ByteBufOutputStream(out),
            JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeFieldName("data");
            generator.writeStartArray();
            long[] rowIds = batch.rowIds();
            for (; row < batch.size(); row++) {
                generator.writeStartArray();
                generator.writeNumber(rowIds[row]);
                for (c = 0; c < columns.length; c++) {
                    writeValue(generator, batch.column(c), columns[c], row);
                }
                generator.writeEndArray();
            }
            generator.writeEndArray();
            generator.writeEndObject();
            generator.flush();
            done = true;
            return out;
        } catch (ClassCastException | IllegalArgumentException | JsonProcessingException e) {
            throw new IllegalArgumentException("JSON cannot carry row " + row + ", column " + c + " ("
                + columns[c] + "): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done) {
                out.release();
            }
        }
    }

    private static void writeValue(JsonGenerator generator, Column column, WireType type, int row)
        throws IOException {
        if (column.isNull(row)) {
            generator.writeNull();
            return;
        }
        switch (type.storage()) {
            case LONG -> writeLong(generator, type, column.getLong(row));
            case DOUBLE -> writeDouble(generator, type, column.getDouble(row));
            default -> writeObject(generator, type, column.getObject(row));
        }
    }

    private static void writeLong(JsonGenerator generator, WireType type, long value) throws IOException {
        if (type == WireType.BOOL) {
            generator.writeNumber(value != 0 ? 1 : 0);
        } else if (type.unsigned() && value < 0) {
            generator.writeNumber(Long.toUnsignedString(value));
        } else {
            generator.writeNumber(value);
        }
    }

    private static void writeDouble(JsonGenerator generator, WireType type, double value) throws IOException {
        if (type == WireType.FLOAT32) {
            float single = (float) value;
            if (Float.isFinite(single)) {
                generator.writeNumber(single);
            } else {
                generator.writeNull();
            }
        } else if (Double.isFinite(value)) {
            generator.writeNumber(value);
        } else {
            generator.writeNull();
        }
    }

    private static void writeObject(JsonGenerator generator, WireType type, Object value) throws IOException {
        switch (type) {
            case STRING -> generator.writeString(checked((String) value));
            case JSON -> writeJson(generator, checked((String) value));
            case BINARY -> generator.writeBinary((byte[]) value);
            case DECIMAL -> generator.writeString(((BigDecimal) value).toPlainString());
            case DATE -> generator.writeString(Temporals.formatDate((LocalDate) value));
            case TIME -> generator.writeString(Temporals.formatTime((Duration) value));
            case DATETIME -> generator.writeString(Temporals.formatDateTime((LocalDateTime) value));
            default -> throw new IllegalStateException("no JSON writing for " + type);
        }
    }

    private static String checked(String text) {
        int surrogate = Utf8.loneSurrogate(text);
        if (surrogate >= 0) {
            throw new IllegalArgumentException("the text has a lone surrogate at index " + surrogate);
        }
        return text;
    }

    /** Copies the text's one JSON value into the response, which checks that it is JSON. */
    private static void writeJson(JsonGenerator generator, String text) throws IOException {
        try (JsonParser parser = JsonCodec.FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException("the JSON text is empty");
            }
            generator.copyCurrentStructureExact(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("the JSON text holds more than one value");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the text is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
