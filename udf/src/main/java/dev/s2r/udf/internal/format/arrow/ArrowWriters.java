/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The one Arrow column type a response uses for each {@link WireType}, and how a {@link Column}'s values fill it.
 * The mapping and its reasons are in {@link ArrowCodec}'s class comment.
 */
final class ArrowWriters {

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final int NANOS_PER_MICRO = 1_000;

    private ArrowWriters() {
    }

    /**
     * @param type a return column's type
     * @return the Arrow type of its response column
     */
    static ArrowType arrowType(WireType type) {
        return switch (type) {
            case BOOL -> ArrowType.Bool.INSTANCE;
            case INT8, INT16, INT32, INT64 -> new ArrowType.Int(Long.SIZE, true);
            case UINT8, UINT16, UINT32, UINT64 -> new ArrowType.Int(Long.SIZE, false);
            case FLOAT32 -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
            case FLOAT64 -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case DECIMAL, STRING, JSON -> ArrowType.Utf8.INSTANCE;
            case BINARY -> ArrowType.Binary.INSTANCE;
            case DATE -> new ArrowType.Date(DateUnit.DAY);
            case TIME -> new ArrowType.Duration(TimeUnit.MICROSECOND);
            case DATETIME -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
        };
    }

    /**
     * Fills an empty vector of {@link #arrowType} with a column's rows and sets its value count.
     *
     * @param type the column's type
     * @param in the batch's column
     * @param out the response's vector
     * @param rows the number of rows
     * @throws IllegalArgumentException when a value is not of the class its type keeps, or out of Arrow's range
     */
    static void write(WireType type, Column in, FieldVector out, int rows) {
        out.setInitialCapacity(rows);
        out.allocateNew();
        for (int row = 0; row < rows; row++) {
            if (in.isNull(row)) {
                out.setNull(row);
            } else {
                writeValue(type, in, row, out);
            }
        }
        out.setValueCount(rows);
    }

    private static void writeValue(WireType type, Column in, int row, FieldVector out) {
        switch (type) {
            case BOOL -> ((BitVector) out).set(row, in.getLong(row) == 0 ? 0 : 1);
            case INT8, INT16, INT32, INT64 -> ((BigIntVector) out).set(row, in.getLong(row));
            case UINT8, UINT16, UINT32, UINT64 -> ((UInt8Vector) out).set(row, in.getLong(row));
            case FLOAT32 -> ((Float4Vector) out).set(row, (float) in.getDouble(row));
            case FLOAT64 -> ((Float8Vector) out).set(row, in.getDouble(row));
            case DECIMAL -> ((VarCharVector) out).setSafe(row,
                utf8(value(in, row, BigDecimal.class).toPlainString()));
            case STRING, JSON -> ((VarCharVector) out).setSafe(row, utf8(value(in, row, String.class)));
            case BINARY -> ((VarBinaryVector) out).setSafe(row, value(in, row, byte[].class));
            case DATE -> ((DateDayVector) out).set(row,
                Math.toIntExact(value(in, row, LocalDate.class).toEpochDay()));
            case TIME -> ((DurationVector) out).set(row, micros(value(in, row, Duration.class)));
            case DATETIME -> ((TimeStampMicroVector) out).set(row, micros(value(in, row, LocalDateTime.class)));
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Whole microseconds, rounded towards negative infinity (TIME and DATETIME are microsecond types). */
    static long micros(Duration duration) {
        return Math.addExact(Math.multiplyExact(duration.getSeconds(), MICROS_PER_SECOND),
            duration.getNano() / NANOS_PER_MICRO);
    }

    /** Microseconds since 1970-01-01T00:00, the wall-clock time read as UTC, rounded towards negative infinity. */
    static long micros(LocalDateTime dateTime) {
        return Math.addExact(Math.multiplyExact(dateTime.toEpochSecond(ZoneOffset.UTC), MICROS_PER_SECOND),
            dateTime.getNano() / NANOS_PER_MICRO);
    }

    private static <T> T value(Column in, int row, Class<T> kind) {
        Object value = in.getObject(row);
        if (!kind.isInstance(value)) {
            throw new IllegalArgumentException("row " + row + " of a " + in.type().dtype() + " column holds "
                + (value == null ? "null" : "a " + value.getClass().getName()) + ", not a " + kind.getName());
        }
        return kind.cast(value);
    }
}
