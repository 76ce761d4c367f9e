/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.s2r.driver.api.Vector;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Base64;
import java.util.UUID;

/**
 * How a bound Java value travels in the {@code args} array of a Data API request. The server parses each value as
 * plain JSON into a Go value and has the Go MySQL driver interpolate it (python-sdk-audit.md, "Data API"), so:
 * <ul>
 *   <li>integers ({@code Long}, {@code Integer}, {@code Short}, {@code Byte}, {@code BigInteger}) do not travel as
 *   arguments at all: their marker is replaced by the integer's digits ({@link #literal}). As a JSON number an
 *   integer becomes a float64 there, which the Go driver writes as {@code 1e+06} from a million on (a DOUBLE, and a
 *   syntax error after {@code LIMIT}) and rounds beyond ±2^53; digits and a sign cannot inject SQL;</li>
 *   <li>{@code BigDecimal} goes as a string, which keeps every digit;</li>
 *   <li>bytes go as base64 text, and their marker is rewritten to {@code FROM_BASE64(?)}: base64 text alone would be
 *   stored as text ({@link #isBinary});</li>
 *   <li>booleans go as {@code 1}/{@code 0}; dates and times in the server's text forms; vectors as their JSON
 *   array text.</li>
 * </ul>
 */
public final class DataApiArgs {

    private static final long SAFE_INTEGER = 1L << 53;
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
        .appendPattern("uuuu-MM-dd HH:mm:ss").optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 0, 6, true).optionalEnd().toFormatter();
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
        .appendPattern("HH:mm:ss").optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 0, 6, true).optionalEnd().toFormatter();

    private DataApiArgs() {
    }

    /**
     * @param value a bound value, not {@code null}
     * @return the SQL literal its marker is replaced by (an integer's digits, in parentheses when negative), or
     * {@code null} when it travels as an argument
     */
    public static String literal(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue();
            return number < 0 ? "(" + number + ")" : Long.toString(number);
        }
        if (value instanceof BigInteger) {
            return ((BigInteger) value).signum() < 0 ? "(" + value + ")" : value.toString();
        }
        return null;
    }

    /**
     * @param value a bound value, not {@code null}
     * @return whether it is bytes, which travel as base64 text decoded by {@code FROM_BASE64} on the server
     */
    public static boolean isBinary(Object value) {
        return value instanceof byte[] || value instanceof ByteBuffer;
    }

    /**
     * Checks, when it is bound, that a value can travel as an argument.
     *
     * @param value a bound value, not {@code null}; {@code Blob} and {@code Clob} pass (they are read as bytes and
     *              text before sending)
     * @throws IllegalArgumentException for a value the Data API cannot carry, naming its class
     */
    public static void check(Object value) {
        if (!(value instanceof CharSequence || value instanceof Long || value instanceof Integer
            || value instanceof Short || value instanceof Byte || value instanceof BigInteger
            || value instanceof BigDecimal || value instanceof Double || value instanceof Float
            || value instanceof Boolean || value instanceof byte[] || value instanceof ByteBuffer
            || value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime
            || value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime
            || value instanceof Duration || value instanceof Vector || value instanceof float[]
            || value instanceof double[] || value instanceof UUID || value instanceof Character
            || value instanceof Enum || value instanceof io.r2dbc.spi.Blob || value instanceof io.r2dbc.spi.Clob)) {
            throw unsupported(value);
        }
    }

    private static IllegalArgumentException unsupported(Object value) {
        return new IllegalArgumentException("Cannot bind a " + value.getClass().getName() + " over the Data API");
    }

    /**
     * Writes one argument.
     *
     * @param out   the generator, inside the {@code args} array
     * @param value the bound value; {@code null} for SQL NULL
     * @param zone  the zone instants are shown in (the server's)
     * @throws IOException            when the generator fails
     * @throws IllegalArgumentException for a value the Data API cannot carry, naming its class
     */
    public static void write(JsonGenerator out, Object value, ZoneId zone) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String) {
            out.writeString((String) value);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
            || value instanceof Byte) {
            long number = ((Number) value).longValue();
            if (number > -SAFE_INTEGER && number < SAFE_INTEGER) {
                out.writeNumber(number);
            } else {
                out.writeString(Long.toString(number));
            }
        } else if (value instanceof BigInteger) {
            out.writeString(value.toString());
        } else if (value instanceof BigDecimal) {
            out.writeString(((BigDecimal) value).toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("Cannot bind " + number + ": the server stores no NaN or "
                    + "infinity; set nanAsNull/infAsNull to send it as NULL");
            }
            if (value instanceof Float) {
                out.writeNumber((Float) value);
            } else {
                out.writeNumber(number);
            }
        } else if (value instanceof Boolean) {
            out.writeNumber((Boolean) value ? 1 : 0);
        } else if (value instanceof byte[]) {
            out.writeString(Base64.getEncoder().encodeToString((byte[]) value));
        } else if (value instanceof ByteBuffer) {
            ByteBuffer copy = ((ByteBuffer) value).duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            out.writeString(Base64.getEncoder().encodeToString(bytes));
        } else {
            out.writeString(text(value, zone));
        }
    }

    private static String text(Object value, ZoneId zone) {
        if (value instanceof LocalDate) {
            return value.toString();
        } else if (value instanceof LocalDateTime) {
            return DATE_TIME.format((LocalDateTime) value);
        } else if (value instanceof LocalTime) {
            return TIME.format((LocalTime) value);
        } else if (value instanceof Instant) {
            return DATE_TIME.format(LocalDateTime.ofInstant((Instant) value, zone));
        } else if (value instanceof OffsetDateTime) {
            return DATE_TIME.format(LocalDateTime.ofInstant(((OffsetDateTime) value).toInstant(), zone));
        } else if (value instanceof ZonedDateTime) {
            return DATE_TIME.format(LocalDateTime.ofInstant(((ZonedDateTime) value).toInstant(), zone));
        } else if (value instanceof Duration) {
            return duration((Duration) value);
        } else if (value instanceof Vector) {
            return value.toString();
        } else if (value instanceof float[]) {
            return Vector.of((float[]) value).toString();
        } else if (value instanceof double[]) {
            return Vector.of((double[]) value).toString();
        } else if (value instanceof UUID || value instanceof Character || value instanceof CharSequence) {
            return value.toString();
        } else if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        throw unsupported(value);
    }

    private static String duration(Duration duration) {
        boolean negative = duration.isNegative();
        Duration abs = duration.abs();
        long seconds = abs.getSeconds();
        StringBuilder text = new StringBuilder(negative ? "-" : "")
            .append(seconds / 3600).append(':')
            .append(String.format(java.util.Locale.ROOT, "%02d:%02d", (seconds / 60) % 60, seconds % 60));
        if (abs.getNano() != 0) {
            text.append('.').append(String.format(java.util.Locale.ROOT, "%06d", abs.getNano() / 1000));
        }
        return text.toString();
    }
}
