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

    /**
     * @return whether the text's length, its seventeenth character and its fraction's point fit
     * {@code YYYY-MM-DD hh:mm:ss[.f{1,6}]}; its first sixteen characters are checked by {@link DateTimeText}
     */
    private static boolean canonicalLayout(byte[] data, int index, int length) {
        return (length == 19 || length >= 21 && length <= 26) && data[index + 16] == ':'
            && (length == 19 || data[index + 19] == '.');
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        int year;
        int month;
        int day;
        long micros = 0;
        long head;
        long middle;
        if (binary) {
            if (length < 4) {
                return;
            }
            year = Bytes.unsignedShortLE(data, index);
            month = Bytes.unsignedByte(data, index + 2);
            day = Bytes.unsignedByte(data, index + 3);
            if (length >= 7) {
                micros = ((Bytes.unsignedByte(data, index + 4) * 60L + Bytes.unsignedByte(data, index + 5)) * 60
                    + Bytes.unsignedByte(data, index + 6)) * TextFields.MICROS_PER_SECOND;
            }
            if (length >= 11) {
                micros += Bytes.intLE(data, index + 7);
            }
        } else if (canonicalLayout(data, index, length)
            && DateTimeText.matches(head = Bytes.longLE(data, index),
                middle = Bytes.longLE(data, index + 8))) {
            year = DateTimeText.year(head);
            month = DateTimeText.month(head);
            day = DateTimeText.day(middle);
            int end = index + length;
            int second = TextFields.digits(data, index + 17, 2, end, this, index);
            micros = ((DateTimeText.hour(middle) * 60L + DateTimeText.minute(middle)) * 60 + second)
                * TextFields.MICROS_PER_SECOND + TextFields.fraction(data, index + 19, end, this, index);
        } else {
            int end = index + length;
            ArrowColumn name = this;
            year = TextFields.digits(data, index, 4, end, name, index);
            TextFields.expect(data, index + 4, '-', end, name, index);
            month = TextFields.digits(data, index + 5, 2, end, name, index);
            TextFields.expect(data, index + 7, '-', end, name, index);
            day = TextFields.digits(data, index + 8, 2, end, name, index);
            if (length > 10) {
                TextFields.expect(data, index + 10, ' ', end, name, index);
                int hour = TextFields.digits(data, index + 11, 2, end, name, index);
                TextFields.expect(data, index + 13, ':', end, name, index);
                int minute = TextFields.digits(data, index + 14, 2, end, name, index);
                TextFields.expect(data, index + 16, ':', end, name, index);
                int second = TextFields.digits(data, index + 17, 2, end, name, index);
                micros = ((hour * 60L + minute) * 60 + second) * TextFields.MICROS_PER_SECOND
                    + TextFields.fraction(data, index + 19, end, name, index);
            }
        }
        if (month == 0 || day == 0 || month > 12) {
            return;
        }
        long epochDay = TextFields.epochDay(year, month, day);
        if (this.dateOnly) {
            this.stage.putInt(row, (int) epochDay);
        } else {
            this.stage.putLong(row, epochDay * TextFields.MICROS_PER_DAY + micros);
        }
    }
}
