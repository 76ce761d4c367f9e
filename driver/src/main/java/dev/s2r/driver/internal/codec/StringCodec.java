/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads {@link String}s: the server's own text of every value but a BIT, GEOMETRY or BSON one (the default for CHAR,
 * VARCHAR, TEXT, ENUM, SET and JSON). A text-protocol row holds that text, which is returned as sent; from a
 * binary-protocol row it is written as the server writes it: a YEAR in four digits, dates and times with as many
 * fraction digits as the column's scale, FLOAT and DOUBLE as {@link FloatText} says, DECIMAL as sent (as text).
 * VECTOR values read as a JSON array (as sent in the JSON projection, rendered by
 * {@link dev.s2r.driver.api.Vector#toString()} from the binary one). Binds character sequences, UUIDs and enum
 * constants (by name) as VAR_STRING.
 */
final class StringCodec extends AbstractCodec<String> {

    private static final int YEAR_DIGITS = 4;

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
        if (!binary) {
            return buf.toString(index, length, StandardCharsets.UTF_8);
        }
        switch (kind) {
            case TEXT:
            case BINARY:
            case DECIMAL:
                return buf.toString(index, length, StandardCharsets.UTF_8);
            case FLOAT:
                return FloatText.ofFloat(buf.getFloatLE(index), column.getDecimals());
            case DOUBLE:
                return FloatText.ofDouble(buf.getDoubleLE(index), column.getDecimals());
            case YEAR:
                return yearText(Numbers.readLong(buf, index, length, column, true));
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

    /** A YEAR as the server writes it: four digits, {@code 0000} for the zero year. */
    private static String yearText(long year) {
        String digits = Long.toString(year);
        return digits.length() >= YEAR_DIGITS ? digits : "0".repeat(YEAR_DIGITS - digits.length()) + digits;
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
