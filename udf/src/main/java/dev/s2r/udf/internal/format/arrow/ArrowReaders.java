/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VariableWidthFieldVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Which Arrow column types a request may use for each {@link WireType}, and how their values become a
 * {@link Column}'s. The mapping is in {@link ArrowCodec}'s class comment.
 */
final class ArrowReaders {

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final int EXCERPT = 40;

    private ArrowReaders() {
    }

    /** Appends every row of one Arrow column to a column of the batch. */
    @FunctionalInterface
    interface ColumnReader {

        /**
         * @param vector the loaded Arrow column
         * @param out the batch's column
         * @throws MalformedBatchException when a value does not read as the column's type
         */
        void read(FieldVector vector, Column out);
    }

    /**
     * @param type the argument's type
     * @param arrow the Arrow column's type
     * @return how to read the column, or {@code null} when that Arrow type does not carry that argument type
     */
    static ColumnReader of(WireType type, ArrowType arrow) {
        return switch (type) {
            case BOOL -> arrow instanceof ArrowType.Bool ? ArrowReaders::bools
                : arrow instanceof ArrowType.Int ? ArrowReaders::intsAsBools : null;
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64 ->
                arrow instanceof ArrowType.Int ? ArrowReaders::ints : null;
            case FLOAT32, FLOAT64 -> arrow instanceof ArrowType.FloatingPoint ? ArrowReaders::floats : null;
            case DECIMAL -> arrow instanceof ArrowType.Decimal ? ArrowReaders::decimals
                : isText(arrow) ? ArrowReaders::decimalTexts : null;
            case STRING, JSON -> isText(arrow) ? ArrowReaders::texts : null;
            case BINARY -> isBinary(arrow) ? ArrowReaders::binaries
                : arrow instanceof ArrowType.FixedSizeBinary ? ArrowReaders::fixedBinaries : null;
            case DATE -> date(arrow);
            case TIME -> time(arrow);
            case DATETIME -> arrow instanceof ArrowType.Timestamp timestamp && timestamp.getTimezone() == null
                ? (vector, out) -> timestamps(vector, out, timestamp.getUnit()) : null;
        };
    }

    private static boolean isText(ArrowType arrow) {
        return arrow instanceof ArrowType.Utf8 || arrow instanceof ArrowType.LargeUtf8
            || arrow instanceof ArrowType.Utf8View;
    }

    private static boolean isBinary(ArrowType arrow) {
        return arrow instanceof ArrowType.Binary || arrow instanceof ArrowType.LargeBinary
            || arrow instanceof ArrowType.BinaryView;
    }

    private static ColumnReader date(ArrowType arrow) {
        if (!(arrow instanceof ArrowType.Date date)) {
            return null;
        }
        return date.getUnit() == DateUnit.DAY ? ArrowReaders::days : ArrowReaders::dateMillis;
    }

    private static ColumnReader time(ArrowType arrow) {
        if (arrow instanceof ArrowType.Time time) {
            return (vector, out) -> times(vector, out, time.getUnit(), time.getBitWidth() / 8);
        }
        if (arrow instanceof ArrowType.Duration duration) {
            return (vector, out) -> times(vector, out, duration.getUnit(), Long.BYTES);
        }
        return null;
    }

    private static void bools(FieldVector vector, Column out) {
        BitVector bits = (BitVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            if (vector.isNull(row)) {
                out.addNull();
            } else {
                out.addLong(bits.get(row));
            }
        }
    }

    private static void intsAsBools(FieldVector vector, Column out) {
        BaseIntVector ints = (BaseIntVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            if (vector.isNull(row)) {
                out.addNull();
            } else {
                out.addLong(ints.getValueAsLong(row) == 0 ? 0 : 1);
            }
        }
    }

    /** Signed widths sign-extend, unsigned widths zero-extend; a 64-bit value keeps its 64 bits, as ROWDAT_1's. */
    private static void ints(FieldVector vector, Column out) {
        BaseIntVector ints = (BaseIntVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            if (vector.isNull(row)) {
                out.addNull();
            } else {
                out.addLong(ints.getValueAsLong(row));
            }
        }
    }

    private static void floats(FieldVector vector, Column out) {
        FloatingPointVector floats = (FloatingPointVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            if (vector.isNull(row)) {
                out.addNull();
            } else {
                out.addDouble(floats.getValueAsDouble(row));
            }
        }
    }

    private static void decimals(FieldVector vector, Column out) {
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            out.addObject(vector.isNull(row) ? null : (BigDecimal) vector.getObject(row));
        }
    }

    private static void decimalTexts(FieldVector vector, Column out) {
        VariableWidthFieldVector texts = (VariableWidthFieldVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            if (vector.isNull(row)) {
                out.addNull();
                continue;
            }
            String text = new String(texts.get(row), StandardCharsets.UTF_8);
            try {
                out.addObject(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text;
                throw new MalformedBatchException("row " + row + " of column " + vector.getName()
                    + " is not a decimal: '" + excerpt + "'", e);
            }
        }
    }

    private static void texts(FieldVector vector, Column out) {
        VariableWidthFieldVector texts = (VariableWidthFieldVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            out.addObject(vector.isNull(row) ? null : new String(texts.get(row), StandardCharsets.UTF_8));
        }
    }

    private static void binaries(FieldVector vector, Column out) {
        VariableWidthFieldVector bytes = (VariableWidthFieldVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            out.addObject(vector.isNull(row) ? null : bytes.get(row));
        }
    }

    private static void fixedBinaries(FieldVector vector, Column out) {
        FixedSizeBinaryVector bytes = (FixedSizeBinaryVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            out.addObject(vector.isNull(row) ? null : bytes.get(row));
        }
    }

    private static void days(FieldVector vector, Column out) {
        DateDayVector days = (DateDayVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            out.addObject(vector.isNull(row) ? null : LocalDate.ofEpochDay(days.get(row)));
        }
    }

    private static void dateMillis(FieldVector vector, Column out) {
        DateMilliVector millis = (DateMilliVector) vector;
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            out.addObject(vector.isNull(row) ? null
                : LocalDate.ofEpochDay(Math.floorDiv(millis.get(row), MILLIS_PER_DAY)));
        }
    }

    /** Time32, Time64 and Duration columns alike: a 4- or 8-byte count of {@code unit}s. */
    private static void times(FieldVector vector, Column out, TimeUnit unit, int width) {
        BaseFixedWidthVector fixed = (BaseFixedWidthVector) vector;
        ChronoUnit chrono = chronoUnit(unit);
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            if (vector.isNull(row)) {
                out.addNull();
                continue;
            }
            long count = width == Integer.BYTES ? fixed.getDataBuffer().getInt((long) row * Integer.BYTES)
                : fixed.getDataBuffer().getLong((long) row * Long.BYTES);
            out.addObject(Duration.of(count, chrono));
        }
    }

    private static void timestamps(FieldVector vector, Column out, TimeUnit unit) {
        TimeStampVector stamps = (TimeStampVector) vector;
        long perSecond = perSecond(unit);
        for (int row = 0, rows = vector.getValueCount(); row < rows; row++) {
            if (vector.isNull(row)) {
                out.addNull();
                continue;
            }
            long value = stamps.get(row);
            long nanos = Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond);
            out.addObject(LocalDateTime.ofEpochSecond(Math.floorDiv(value, perSecond), (int) nanos, ZoneOffset.UTC));
        }
    }

    private static ChronoUnit chronoUnit(TimeUnit unit) {
        return switch (unit) {
            case SECOND -> ChronoUnit.SECONDS;
            case MILLISECOND -> ChronoUnit.MILLIS;
            case MICROSECOND -> ChronoUnit.MICROS;
            case NANOSECOND -> ChronoUnit.NANOS;
        };
    }

    private static long perSecond(TimeUnit unit) {
        return switch (unit) {
            case SECOND -> 1L;
            case MILLISECOND -> 1_000L;
            case MICROSECOND -> 1_000_000L;
            case NANOSECOND -> 1_000_000_000L;
        };
    }
}
