/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A DATE or DATETIME sent as the binary struct of {@code COM_STMT_EXECUTE} (length byte, year(2) month day, then
 * hour minute second, then micros(4)); its literal is {@code 'yyyy-MM-dd'} or
 * {@code 'yyyy-MM-dd HH:mm:ss[.ffffff]'}. Nanoseconds beyond the microsecond are dropped.
 */
final class DateTimeParameter implements Parameter {

    private static final int MAX_YEAR = 9999;

    private final boolean dateOnly;
    private final int year;
    private final int month;
    private final int day;
    private final int hour;
    private final int minute;
    private final int second;
    private final int micros;

    private DateTimeParameter(boolean dateOnly, LocalDate date, int hour, int minute, int second, int micros) {
        this.dateOnly = dateOnly;
        this.year = date.getYear();
        this.month = date.getMonthValue();
        this.day = date.getDayOfMonth();
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.micros = micros;
    }

    /**
     * @param value   a date
     * @param display the value the caller bound, for error messages
     * @return a DATE parameter
     * @throws IllegalArgumentException if the year is outside 0..9999
     */
    static DateTimeParameter ofDate(LocalDate value, Object display) {
        checkYear(value.getYear(), display);
        return new DateTimeParameter(true, value, 0, 0, 0, 0);
    }

    /**
     * @param value   a date and time
     * @param display the value the caller bound, for error messages
     * @return a DATETIME parameter
     * @throws IllegalArgumentException if the year is outside 0..9999
     */
    static DateTimeParameter ofDateTime(LocalDateTime value, Object display) {
        checkYear(value.getYear(), display);
        return new DateTimeParameter(false, value.toLocalDate(), value.getHour(), value.getMinute(),
            value.getSecond(), value.getNano() / 1000);
    }

    private static void checkYear(int year, Object display) {
        if (year < 0 || year > MAX_YEAR) {
            throw Errors.cannotEncode(display, "the year must be within 0..9999");
        }
    }

    @Override
    public int type() {
        return this.dateOnly ? DataTypes.DATE : DataTypes.DATETIME;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        if (this.dateOnly) {
            out.writeByte(4);
        } else {
            out.writeByte(this.micros == 0 ? 7 : 11);
        }
        out.writeShortLE(this.year).writeByte(this.month).writeByte(this.day);
        if (this.dateOnly) {
            return;
        }
        out.writeByte(this.hour).writeByte(this.minute).writeByte(this.second);
        if (this.micros != 0) {
            out.writeIntLE(this.micros);
        }
    }

    /** The length byte, then 4 (date), 7 (no fraction) or 11 bytes. */
    @Override
    public int binarySize(ByteBuf scratch) {
        return this.dateOnly ? 5 : this.micros == 0 ? 8 : 12;
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        out.writeByte('\'');
        SqlLiterals.writeDigits(out, this.year, 4);
        out.writeByte('-');
        SqlLiterals.writeDigits(out, this.month, 2);
        out.writeByte('-');
        SqlLiterals.writeDigits(out, this.day, 2);
        if (!this.dateOnly) {
            out.writeByte(' ');
            TimeParameter.writeClock(out, this.hour, this.minute, this.second, this.micros);
        }
        out.writeByte('\'');
    }

    @Override
    public String toString() {
        return "DateTimeParameter{" + this.year + '-' + this.month + '-' + this.day
            + (this.dateOnly ? "" : " " + this.hour + ':' + this.minute + ':' + this.second + '.' + this.micros) + '}';
    }
}
