/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.DateTimeText;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * DATE to an Arrow {@code Date(DAY)}; DATETIME and TIMESTAMP to an Arrow {@code Timestamp(MICROSECOND)} without a
 * time zone, holding the wall-clock value the server sends (the session time zone's, for TIMESTAMP). Zero dates
 * ({@code 0000-00-00}) and dates with a zero month or day cannot be represented and become nulls.
 */
final class DateTimeColumn extends ArrowColumn {

    private final boolean dateOnly;
    private final FixedStage stage;

    DateTimeColumn(ColumnDefinition column) {
        super(column);
        this.dateOnly = column.getType() == DataTypes.DATE || column.getType() == DataTypes.NEWDATE;
        this.stage = new FixedStage(this.dateOnly ? 4 : 8);
    }

    @Override
    boolean nullable() {
        return true;
    }

    @Override
    Field field() {
        return leaf(this.dateOnly ? new ArrowType.Date(DateUnit.DAY)
            : new ArrowType.Timestamp(TimeUnit.MICROSECOND, null));
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
        int year;
        int month;
        int day;
        long micros = 0;
        if (binary) {
            if (length < 4) {
                return;
            }
            year = Bytes.unsignedShortLE(data, index);
            month = Bytes.unsignedByte(data, index + 2);
            day = Bytes.unsignedByte(data, index + 3);
            if (length >= 7) {
                micros = ((Bytes.unsignedByte(data, index + 4) * 60L + Bytes.unsignedByte(data, index + 5)) * 60
                    + Bytes.unsignedByte(data, index + 6)) * DateTimeText.MICROS_PER_SECOND;
            }
            if (length >= 11) {
                micros += Bytes.intLE(data, index + 7);
            }
        } else {
            long fields = DateTimeText.dateTime(data, index, length);
            int fraction = fields < 0 ? -1
                : DateTimeText.fraction(data, index + DateTimeText.fractionAt(fields), index + length);
            if (fraction < 0) {
                throw malformed(data, index, length);
            }
            year = DateTimeText.year(fields);
            month = DateTimeText.month(fields);
            day = DateTimeText.day(fields);
            micros = ((DateTimeText.hour(fields) * 60L + DateTimeText.minute(fields)) * 60
                + DateTimeText.second(fields)) * DateTimeText.MICROS_PER_SECOND + fraction;
        }
        if (month == 0 || day == 0 || month > 12) {
            return;
        }
        long epochDay = DateTimeText.epochDay(year, month, day);
        if (this.dateOnly) {
            this.stage.putInt(row, (int) epochDay);
        } else {
            this.stage.putLong(row, epochDay * DateTimeText.MICROS_PER_DAY + micros);
        }
    }
}
