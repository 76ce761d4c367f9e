/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * TIME to an Arrow {@code Duration(MICROSECOND)}: a signed duration, so {@code -838:59:59} and values beyond one day
 * are kept exactly (as {@code Row.get} reads them as {@link java.time.Duration}).
 */
final class TimeColumn extends ArrowColumn {

    private final FixedStage stage = new FixedStage(8);

    TimeColumn(ColumnDefinition column) {
        super(column);
    }

    @Override
    Field field() {
        return leaf(new ArrowType.Duration(TimeUnit.MICROSECOND));
    }

    @Override
    void capacity(int rows) {
        this.stage.capacity(rows);
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        this.stage.moveTo((BaseFixedWidthVector) vector, rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        long micros;
        if (binary) {
            micros = 0;
            if (length >= 8) {
                long hours = (Bytes.intLE(data, index + 1) & 0xFFFFFFFFL) * 24 + Bytes.unsignedByte(data, index + 5);
                micros = ((hours * 60 + Bytes.unsignedByte(data, index + 6)) * 60 + Bytes.unsignedByte(data, index + 7))
                    * TextFields.MICROS_PER_SECOND;
                if (length >= 12) {
                    micros += Bytes.intLE(data, index + 8);
                }
                if (data[index] != 0) {
                    micros = -micros;
                }
            }
        } else {
            micros = parseText(data, index, length);
        }
        this.stage.putLong(row, micros);
    }

    private long parseText(byte[] data, int index, int length) {
        int end = index + length;
        ArrowColumn name = this;
        int i = index;
        boolean negative = i < end && data[i] == '-';
        if (negative) {
            i++;
        }
        long hours = 0;
        int first = i;
        while (i < end && data[i] != ':') {
            int digit = data[i] - '0';
            if (digit < 0 || digit > 9 || i - first >= 9) {
                throw TextFields.malformed(data, index, length, name);
            }
            hours = hours * 10 + digit;
            i++;
        }
        if (i == first || i + 6 > end || data[i + 3] != ':') {
            throw TextFields.malformed(data, index, length, name);
        }
        int minute = TextFields.digits(data, i + 1, 2, end, name, index);
        int second = TextFields.digits(data, i + 4, 2, end, name, index);
        long micros = ((hours * 60 + minute) * 60 + second) * TextFields.MICROS_PER_SECOND
            + TextFields.fraction(data, i + 6, end, name, index);
        return negative ? -micros : micros;
    }
}
