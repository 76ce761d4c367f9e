/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.DateTimeText;
import dev.s2r.driver.internal.util.TimeText;
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
                    * DateTimeText.MICROS_PER_SECOND;
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
        long fields = TimeText.time(data, index, length);
        int fraction = fields < 0 ? -1 : DateTimeText.fraction(data, index + TimeText.fractionAt(fields),
            index + length);
        if (fraction < 0) {
            throw malformed(data, index, length);
        }
        long micros = ((TimeText.hours(fields) * 60 + TimeText.minute(fields)) * 60 + TimeText.second(fields))
            * DateTimeText.MICROS_PER_SECOND + fraction;
        return TimeText.negative(fields) ? -micros : micros;
    }
}
