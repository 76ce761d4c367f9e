/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads {@link String}s: the UTF-8 text of character and byte strings (the default for CHAR, VARCHAR, TEXT, ENUM,
 * SET and JSON), the canonical text of numbers and temporal values, formatted from the value so that both
 * protocols give the same string, and VECTOR values as a JSON array (as sent in the JSON projection, rendered by
 * {@link dev.s2r.driver.api.Vector#toString()} from the binary one). Binds character sequences, UUIDs and enum constants (by name) as VAR_STRING.
 */
final class StringCodec extends AbstractCodec<String> {

    StringCodec() {
        super(String.class);
    }

    @Override
    boolean decodes(Kind kind) {
        return kind != Kind.BIT && kind != Kind.BIT_BOOLEAN && kind != Kind.GEOMETRY && kind != Kind.NULL
            && kind != Kind.BSON;
    }

    @Override
    String decode(ByteBuf buf, int index, int length, Column column, Kind kind, boolean binary,
                  CodecContext context) {
        if (kind.isVector()) {
            return VectorFields.json(buf, index, length, column, kind);
        }
        switch (kind) {
            case TEXT:
            case BINARY:
                return buf.toString(index, length, StandardCharsets.UTF_8);
            case DECIMAL:
                return Numbers.readDecimal(buf, index, length, column).toPlainString();
            case FLOAT:
                return Float.toString(Numbers.readFloat(buf, index, length, column, binary));
            case DOUBLE:
                return Double.toString(Numbers.readDouble(buf, index, length, column, binary));
            case DATE:
                return DateTimeFields.readDateTime(buf, index, length, column, binary).formatDateTime(true);
            case DATETIME:
                return DateTimeFields.readDateTime(buf, index, length, column, binary).formatDateTime(false);
            case TIME:
                return DateTimeFields.readTime(buf, index, length, column, binary).formatTime();
            default:
                return integralText(buf, index, length, column, binary);
        }
    }

    private static String integralText(ByteBuf buf, int index, int length, Column column,
                                       boolean binary) {
        long value = Numbers.readLong(buf, index, length, column, binary);
        return Numbers.isUnsignedLong(column) ? Long.toUnsignedString(value) : Long.toString(value);
    }

    @Override
    boolean encodes(Class<?> valueType) {
        return CharSequence.class.isAssignableFrom(valueType) || valueType == UUID.class
            || valueType == Character.class || Enum.class.isAssignableFrom(valueType);
    }

    @Override
    Parameter encodeValue(Object value, CodecContext context) {
        if (value instanceof Enum) {
            return new StringParameter(((Enum<?>) value).name());
        }
        return new StringParameter(value.toString());
    }

    @Override
    int nullType() {
        return DataTypes.VAR_STRING;
    }
}
