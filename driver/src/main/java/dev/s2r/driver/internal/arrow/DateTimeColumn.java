/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.DateTimeText;
import dev.s2r.driver.internal.util.Digits;
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
 * <p>
 * Consecutive rows often share a date, and a time series their minute too: the column remembers the first sixteen
 * characters ({@code YYYY-MM-DD hh:mm}) of the last DATETIME text it read in full, with their value, and reads only
 * the seconds and the fraction of a text that starts with the same characters; it also remembers the epoch day of
 * the last date it computed.
 */
final class DateTimeColumn extends ArrowColumn {

    private final boolean dateOnly;
    private final FixedStage stage;
    /** Whether {@link #lastHead} and {@link #lastMiddle} hold the start of a text read in full. */
    private boolean minuteCached;
    /** The first eight characters of that text, little-endian. */
    private long lastHead;
    /** Its next eight characters. */
    private long lastMiddle;
    /** Its value up to the minute, in microseconds since the epoch. */
    private long lastMinute;
    /** The year, month and day of the last epoch day computed ({@link #dateKey}), or -1. */
    private long lastDate = -1;
    private long lastEpochDay;

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
        if (binary) {
            writeBinary(row, data, index, length);
        } else if (this.dateOnly || length < 19 || !this.minuteCached || Bytes.longLE(data, index) != this.lastHead
            || Bytes.longLE(data, index + 8) != this.lastMiddle) {
            writeText(row, data, index, length);
        } else {
            // the same date, hour and minute as the text read last: the rest is read as dateTime and fraction would
            long second = data[index + 16] != ':' || length > 19 && data[index + 19] != '.' ? -1
                : Digits.parse(data, index + 17, 2);
            int fraction = second < 0 ? -1 : DateTimeText.fraction(data, index + 19, index + length);
            if (fraction < 0) {
                throw malformed(data, index, length);
            }
            this.stage.putLong(row, this.lastMinute + second * DateTimeText.MICROS_PER_SECOND + fraction);
        }
    }

    private void writeBinary(int row, byte[] data, int index, int length) {
        if (length < 4) {
            return;
        }
        int year = Bytes.unsignedShortLE(data, index);
        int month = Bytes.unsignedByte(data, index + 2);
        int day = Bytes.unsignedByte(data, index + 3);
        long micros = 0;
        if (length >= 7) {
            micros = ((Bytes.unsignedByte(data, index + 4) * 60L + Bytes.unsignedByte(data, index + 5)) * 60
                + Bytes.unsignedByte(data, index + 6)) * DateTimeText.MICROS_PER_SECOND;
        }
        if (length >= 11) {
            micros += Bytes.intLE(data, index + 7);
        }
        put(row, year, month, day, micros);
    }

    private void writeText(int row, byte[] data, int index, int length) {
        long fields = DateTimeText.dateTime(data, index, length);
        int fraction = fields < 0 ? -1
            : DateTimeText.fraction(data, index + DateTimeText.fractionAt(fields), index + length);
        if (fraction < 0) {
            throw malformed(data, index, length);
        }
        int year = DateTimeText.year(fields);
        int month = DateTimeText.month(fields);
        int day = DateTimeText.day(fields);
        long minute = DateTimeText.hour(fields) * 60L + DateTimeText.minute(fields);
        if (!put(row, year, month, day, minute * 60 * DateTimeText.MICROS_PER_SECOND
            + DateTimeText.second(fields) * DateTimeText.MICROS_PER_SECOND + fraction)) {
            return;
        }
        if (!this.dateOnly && DateTimeText.fractionAt(fields) == 19) {
            // a DATETIME text, whose first sixteen characters were checked by dateTime
            this.lastHead = Bytes.longLE(data, index);
            this.lastMiddle = Bytes.longLE(data, index + 8);
            this.lastMinute = this.lastEpochDay * DateTimeText.MICROS_PER_DAY
                + minute * 60 * DateTimeText.MICROS_PER_SECOND;
            this.minuteCached = true;
        }
    }

    /**
     * Stages a date and its time of day.
     *
     * @return {@code false}, staging nothing (a null), when the month or the day is zero or the month beyond 12
     */
    private boolean put(int row, int year, int month, int day, long micros) {
        if (month == 0 || day == 0 || month > 12) {
            return false;
        }
        long key = dateKey(year, month, day);
        if (key != this.lastDate) {
            this.lastEpochDay = DateTimeText.epochDay(year, month, day);
            this.lastDate = key;
        }
        if (this.dateOnly) {
            this.stage.putInt(row, (int) this.lastEpochDay);
        } else {
            this.stage.putLong(row, this.lastEpochDay * DateTimeText.MICROS_PER_DAY + micros);
        }
        return true;
    }

    /** @return a year (up to 65535), a month and a day (up to 255) in one number */
    private static long dateKey(int year, int month, int day) {
        return (long) year << 16 | month << 8 | day;
    }
}
