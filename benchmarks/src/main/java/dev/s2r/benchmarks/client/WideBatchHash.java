/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

import java.nio.charset.StandardCharsets;

/**
 * Folds an Arrow batch of {@code wide} into a {@link Checksum}, column by column: each column's values are read
 * straight from the vector's buffers and combined into a running hash per row, giving exactly
 * {@link WideRow#hash()} without building any row or value object. The hash codes of {@code BigDecimal},
 * {@code String}, {@code LocalDateTime} and {@code byte[]} are computed from the primitives by their documented
 * formulas (see the {@code *Hash} methods).
 */
final class WideBatchHash {

    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private long[] running = new long[0];
    private byte[] scratch = new byte[1 << 16];

    /**
     * @param root     a batch of {@code SELECT * FROM wide}
     * @param checksum the checksum to fold its rows into
     */
    void fold(VectorSchemaRoot root, Checksum checksum) {
        int rows = root.getRowCount();
        if (running.length < rows) {
            running = new long[rows];
        }
        long[] h = running;
        BigIntVector id = (BigIntVector) root.getVector(0);
        for (int r = 0; r < rows; r++) {
            h[r] = id.get(r);
        }
        IntVector i = (IntVector) root.getVector(1);
        for (int r = 0; r < rows; r++) {
            h[r] = WideRow.step(h[r], i.get(r));
        }
        Float8Vector d = (Float8Vector) root.getVector(2);
        for (int r = 0; r < rows; r++) {
            h[r] = WideRow.step(h[r], Double.doubleToLongBits(d.get(r)));
        }
        foldDecimals((DecimalVector) root.getVector(3), h, rows);
        foldStrings((VarCharVector) root.getVector(4), h, rows);
        TimeStampMicroVector dt = (TimeStampMicroVector) root.getVector(5);
        for (int r = 0; r < rows; r++) {
            h[r] = WideRow.step(h[r], dateTimeHash(dt.get(r)));
        }
        foldBytes((VarBinaryVector) root.getVector(6), h, rows);
        for (int r = 0; r < rows; r++) {
            checksum.addHash(WideRow.finish(h[r]));
        }
    }

    private static void foldDecimals(DecimalVector dec, long[] h, int rows) {
        ArrowBuf data = dec.getDataBuffer();
        int scale = dec.getScale();
        for (int r = 0; r < rows; r++) {
            long low = data.getLong((long) r * DecimalVector.TYPE_WIDTH);
            long high = data.getLong((long) r * DecimalVector.TYPE_WIDTH + 8);
            int hash = high == (low >> 63) ? decimalHash(low, scale) : dec.getObject(r).hashCode();
            h[r] = WideRow.step(h[r], hash);
        }
    }

    private void foldStrings(VarCharVector s, long[] h, int rows) {
        byte[] bytes = copyData(s.getDataBuffer(), s.getOffsetBuffer(), rows);
        ArrowBuf offsets = s.getOffsetBuffer();
        int start = offsets.getInt(0);
        for (int r = 0; r < rows; r++) {
            int end = offsets.getInt((long) (r + 1) * 4);
            int hash = 0;
            for (int k = start; k < end; k++) {
                byte c = bytes[k];
                if (c < 0) {
                    hash = new String(s.get(r), StandardCharsets.UTF_8).hashCode();
                    break;
                }
                hash = 31 * hash + c;
            }
            h[r] = WideRow.step(h[r], hash);
            start = end;
        }
    }

    private void foldBytes(VarBinaryVector b, long[] h, int rows) {
        byte[] bytes = copyData(b.getDataBuffer(), b.getOffsetBuffer(), rows);
        ArrowBuf offsets = b.getOffsetBuffer();
        int start = offsets.getInt(0);
        for (int r = 0; r < rows; r++) {
            int end = offsets.getInt((long) (r + 1) * 4);
            int hash = 1;
            for (int k = start; k < end; k++) {
                hash = 31 * hash + bytes[k];
            }
            h[r] = WideRow.step(h[r], hash);
            start = end;
        }
    }

    /** Copies the values of a variable-width vector into a reused array, in one bulk copy. */
    private byte[] copyData(ArrowBuf data, ArrowBuf offsets, int rows) {
        int length = rows == 0 ? 0 : offsets.getInt((long) rows * 4);
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        data.getBytes(0, scratch, 0, length);
        return scratch;
    }

    /** {@code BigDecimal.valueOf(unscaled, scale).hashCode()} for an unscaled value that fits a long. */
    static int decimalHash(long unscaled, int scale) {
        long magnitude = Math.abs(unscaled);
        int temp = (int) ((int) (magnitude >>> 32) * 31 + (magnitude & 0xFFFFFFFFL));
        return 31 * (unscaled < 0 ? -temp : temp) + scale;
    }

    /** {@code LocalDateTime.hashCode()} of a timestamp in microseconds since 1970-01-01T00:00. */
    static int dateTimeHash(long micros) {
        long epochDay = Math.floorDiv(micros, MICROS_PER_DAY);
        long nanoOfDay = Math.floorMod(micros, MICROS_PER_DAY) * 1000;
        // days to (year, month, day), proleptic Gregorian, with years starting in March
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        int dateHash = (year & 0xFFFFF800) ^ ((year << 11) + (month << 6) + day);
        return dateHash ^ Long.hashCode(nanoOfDay);
    }
}
