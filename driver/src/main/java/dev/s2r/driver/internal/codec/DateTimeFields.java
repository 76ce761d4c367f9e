/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.ZeroDateOption;
import dev.s2r.driver.internal.util.DateTimeText;
import dev.s2r.driver.internal.util.TimeText;
import io.netty.buffer.ByteBuf;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The parts of a DATE, DATETIME, TIMESTAMP or TIME field, read from either protocol (the text forms by
 * {@link DateTimeText} and {@link TimeText}), and their conversions to {@code java.time} values.
 * <p>
 * Text forms: {@code YYYY-MM-DD}, {@code YYYY-MM-DD HH:MM:SS[.ffffff]} and {@code [-]HHH:MM:SS[.ffffff]}.
 * Binary forms (after the length byte): length 0 is the zero date or time; a date is year(2) month day, then
 * hour minute second, then micros(4); a time is negative(1) days(4) hour minute second, then micros(4).
 */
final class DateTimeFields {

    private static final int MICROS_DIGITS = 6;
    private static final long HOURS_PER_DAY = 24;

    private final Column column;
    private int year;
    private int month;
    private int day;
    /** Hours of the day, or for TIME all the hours of the duration. */
    private long hour;
    private int minute;
    private int second;
    private int micros;
    private boolean negative;

    private DateTimeFields(Column column) {
        this.column = column;
    }

    /**
     * Reads a DATE, DATETIME or TIMESTAMP field.
     */
    static DateTimeFields readDateTime(ByteBuf buf, int index, int length, Column column,
                                       boolean binary) {
        DateTimeFields fields = new DateTimeFields(column);
        if (binary) {
            fields.readBinaryDateTime(buf, index, length);
        } else {
            fields.readTextDateTime(buf, index, length);
        }
        return fields;
    }

    /**
     * Reads a TIME field.
     */
    static DateTimeFields readTime(ByteBuf buf, int index, int length, Column column, boolean binary) {
        DateTimeFields fields = new DateTimeFields(column);
        if (binary) {
            fields.readBinaryTime(buf, index, length);
        } else {
            fields.readTextTime(buf, index, length);
        }
        return fields;
    }

    /**
     * @return the date part
     * @throws IllegalArgumentException for a zero date or a date with a zero month or day
     */
    LocalDate toLocalDate(Class<?> target) {
        if (this.year == 0 && this.month == 0 && this.day == 0) {
            throw new IllegalArgumentException("Column " + Errors.describe(this.column) + " holds the zero date '"
                + formatDateTime(isDateColumn()) + "', which cannot be represented as " + target.getName());
        }
        try {
            return LocalDate.of(this.year, this.month, this.day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Column " + Errors.describe(this.column) + " holds the date '"
                + formatDateTime(isDateColumn()) + "', which cannot be represented as " + target.getName(), e);
        }
    }

    /**
     * @return whether the date has a zero year, month or day
     */
    boolean isZeroDate() {
        return this.year == 0 || this.month == 0 || this.day == 0;
    }

    /**
     * The date part, applying the zero-date option.
     *
     * @param target the requested Java type, for error messages
     * @param option how zero dates are read
     * @return the date, or {@code null} for a zero date read as NULL
     */
    LocalDate toLocalDate(Class<?> target, ZeroDateOption option) {
        if (isZeroDate() && option == ZeroDateOption.NULL) {
            return null;
        }
        if (isZeroDate() && option == ZeroDateOption.ROUND) {
            return LocalDate.of(Math.max(1, this.year), Math.max(1, this.month), Math.max(1, this.day));
        }
        return toLocalDate(target);
    }

    /**
     * The date and time, applying the zero-date option.
     *
     * @param target the requested Java type, for error messages
     * @param option how zero dates are read
     * @return the value, or {@code null} for a zero date read as NULL
     */
    LocalDateTime toLocalDateTime(Class<?> target, ZeroDateOption option) {
        LocalDate date = toLocalDate(target, option);
        return date == null ? null : LocalDateTime.of(date, timeOfDay());
    }

    /**
     * @return the time of day of a DATETIME or TIMESTAMP
     */
    LocalTime timeOfDay() {
        try {
            return LocalTime.of((int) this.hour, this.minute, this.second, this.micros * 1000);
        } catch (DateTimeException e) {
            throw Errors.malformed(formatDateTime(false), this.column, e);
        }
    }

    private boolean isDateColumn() {
        return this.column.getType() == DataTypes.DATE || this.column.getType() == DataTypes.NEWDATE;
    }

    /**
     * @return the date and time
     * @throws IllegalArgumentException for a zero date or a date with a zero month or day
     */
    LocalDateTime toLocalDateTime(Class<?> target) {
        return LocalDateTime.of(toLocalDate(target), timeOfDay());
    }

    /**
     * @return the TIME value as a signed duration, exactly
     */
    Duration toDuration() {
        Duration magnitude = Duration.ofSeconds(this.hour * 3600 + this.minute * 60L + this.second,
            this.micros * 1000L);
        return this.negative ? magnitude.negated() : magnitude;
    }

    /**
     * @return the TIME value as a time of day
     * @throws IllegalArgumentException if the value is negative or not less than 24 hours
     */
    LocalTime toLocalTime() {
        boolean zero = this.hour == 0 && this.minute == 0 && this.second == 0 && this.micros == 0;
        if ((this.negative && !zero) || this.hour >= HOURS_PER_DAY) {
            throw new IllegalArgumentException("TIME value '" + formatTime() + "' of column '"
                + this.column.getName() + "' is outside the range of java.time.LocalTime [00:00:00, 24:00:00);"
                + " read it as java.time.Duration");
        }
        return timeOfDay();
    }

    /**
     * Formats a DATE/DATETIME/TIMESTAMP the way the text protocol sends it.
     *
     * @param dateOnly whether to leave out the time
     * @return the text
     */
    String formatDateTime(boolean dateOnly) {
        StringBuilder text = new StringBuilder(26);
        pad(text, this.year, 4).append('-');
        pad(text, this.month, 2).append('-');
        pad(text, this.day, 2);
        if (!dateOnly) {
            text.append(' ');
            appendTimeOfDay(text);
        }
        return text.toString();
    }

    /**
     * Formats a TIME the way the text protocol sends it.
     *
     * @return the text
     */
    String formatTime() {
        StringBuilder text = new StringBuilder(17);
        if (this.negative) {
            text.append('-');
        }
        appendTimeOfDay(text);
        return text.toString();
    }

    private void appendTimeOfDay(StringBuilder text) {
        if (this.hour < 10) {
            text.append('0');
        }
        text.append(this.hour).append(':');
        pad(text, this.minute, 2).append(':');
        pad(text, this.second, 2);
        int decimals = this.column.getDecimals();
        if (decimals > 0 && decimals <= MICROS_DIGITS) {
            text.append('.');
            pad(text, this.micros, MICROS_DIGITS).setLength(text.length() - (MICROS_DIGITS - decimals));
        } else if (decimals > MICROS_DIGITS && this.micros != 0) {
            pad(text.append('.'), this.micros, MICROS_DIGITS);
        }
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    private void readBinaryDateTime(ByteBuf buf, int index, int length) {
        if (length >= 4) {
            this.year = buf.getUnsignedShortLE(index);
            this.month = buf.getUnsignedByte(index + 2);
            this.day = buf.getUnsignedByte(index + 3);
        }
        if (length >= 7) {
            this.hour = buf.getUnsignedByte(index + 4);
            this.minute = buf.getUnsignedByte(index + 5);
            this.second = buf.getUnsignedByte(index + 6);
        }
        if (length >= 11) {
            this.micros = buf.getIntLE(index + 7);
        }
    }

    private void readBinaryTime(ByteBuf buf, int index, int length) {
        if (length >= 8) {
            this.negative = buf.getByte(index) != 0;
            this.hour = buf.getUnsignedIntLE(index + 1) * HOURS_PER_DAY + buf.getUnsignedByte(index + 5);
            this.minute = buf.getUnsignedByte(index + 6);
            this.second = buf.getUnsignedByte(index + 7);
        }
        if (length >= 12) {
            this.micros = buf.getIntLE(index + 8);
        }
    }

    private void readTextDateTime(ByteBuf buf, int index, int length) {
        long fields = DateTimeText.dateTime(buf, index, length);
        int fraction = fields < 0 ? -1
            : DateTimeText.fraction(buf, index + DateTimeText.fractionAt(fields), index + length);
        if (fraction < 0) {
            throw malformed(buf, index, length);
        }
        this.year = DateTimeText.year(fields);
        this.month = DateTimeText.month(fields);
        this.day = DateTimeText.day(fields);
        this.hour = DateTimeText.hour(fields);
        this.minute = DateTimeText.minute(fields);
        this.second = DateTimeText.second(fields);
        this.micros = fraction;
    }

    private void readTextTime(ByteBuf buf, int index, int length) {
        long fields = TimeText.time(buf, index, length);
        int fraction = fields < 0 ? -1
            : DateTimeText.fraction(buf, index + TimeText.fractionAt(fields), index + length);
        if (fraction < 0) {
            throw malformed(buf, index, length);
        }
        this.negative = TimeText.negative(fields);
        this.hour = TimeText.hours(fields);
        this.minute = TimeText.minute(fields);
        this.second = TimeText.second(fields);
        this.micros = fraction;
    }

    private IllegalArgumentException malformed(ByteBuf buf, int index, int length) {
        return Errors.malformed(Numbers.ascii(buf, index, length), this.column, null);
    }
}
