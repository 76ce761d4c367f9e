/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;

/**
 * The reader of the DATE, DATETIME and TIMESTAMP text of the text protocol, {@code YYYY-MM-DD} and
 * {@code YYYY-MM-DD hh:mm:ss[.ffffff]}, and of the fraction of seconds that DATETIME and TIME share, for the row
 * codecs (a {@link ByteBuf}) and the Arrow columns (a {@code byte[]}); and the calendar arithmetic of the Arrow
 * columns.
 * <p>
 * The usual text is read in place: its first sixteen characters as two little-endian 8-byte words
 * ({@code YYYY-MM-} and {@code DD hh:mm}) whose separators and digits are checked with a few masks and whose fields
 * are taken from the words without a read per character; a DATE as the first word and two digits. Any other text is
 * read character by character. The fields come back packed in one {@code long} (see {@link #year(long)} and the
 * other accessors), -1 when the text is malformed: nothing is allocated and nothing thrown, so that each caller
 * reports a malformed value in its own words.
 */
public final class DateTimeText {

    /** Microseconds in a second. */
    public static final long MICROS_PER_SECOND = 1_000_000L;
    /** Microseconds in a day. */
    public static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
    private static final int MICROS_DIGITS = 6;
    /** What a fraction of {@code n} digits is multiplied by to give microseconds. */
    private static final int[] MICROS_SCALE = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    /** {@code YYYY-MM-}: the separators of the first eight characters, and where its digits are. */
    private static final long HEAD_SEPARATORS = ((long) '-' << 32) | ((long) '-' << 56);
    private static final long HEAD_SEPARATOR_MASK = 0xFF0000FF00000000L;
    private static final long HEAD_DIGITS = 0x00FFFF00FFFFFFFFL;
    /** {@code DD hh:mm}: the same for the next eight. */
    private static final long MIDDLE_SEPARATORS = ((long) ' ' << 16) | ((long) ':' << 40);
    private static final long MIDDLE_SEPARATOR_MASK = 0x0000FF0000FF0000L;
    private static final long MIDDLE_DIGITS = 0xFFFF00FFFF00FFFFL;

    /** Where each field sits in the packed {@code long}. */
    private static final int SECOND = 0;
    private static final int MINUTE = 7;
    private static final int HOUR = 14;
    private static final int DAY = 21;
    private static final int MONTH = 28;
    private static final int YEAR = 35;
    private static final int FRACTION_AT = 49;
    private static final int TWO_DIGITS = 0x7F;

    private DateTimeText() {
    }

    /**
     * Reads {@code YYYY-MM-DD} or {@code YYYY-MM-DD hh:mm:ss} at the start of a text; a fraction may follow the
     * seconds, which {@link #fraction} reads from {@link #fractionAt}. The values are not range-checked.
     *
     * @param buf    the buffer holding the text
     * @param index  the index of its first byte
     * @param length its length
     * @return the fields, packed; -1 when the text does not start so (or is 11 to 18 characters long)
     */
    public static long dateTime(ByteBuf buf, int index, int length) {
        return buf.hasArray() ? dateTime(buf.array(), buf.arrayOffset() + index, length)
            : dateTime((Object) buf, index, length);
    }

    /**
     * {@link #dateTime(ByteBuf, int, int)} over an array.
     *
     * @param data   the array holding the text
     * @param index  the index of its first byte
     * @param length its length
     * @return the fields, packed, or -1
     */
    public static long dateTime(byte[] data, int index, int length) {
        return dateTime((Object) data, index, length);
    }

    private static long dateTime(Object text, int index, int length) {
        if (length >= 19) {
            long head = TextBytes.longLE(text, index);
            long middle = TextBytes.longLE(text, index + 8);
            if ((head & HEAD_SEPARATOR_MASK) == HEAD_SEPARATORS && (middle & MIDDLE_SEPARATOR_MASK) == MIDDLE_SEPARATORS
                && Digits.allDigits(head, HEAD_DIGITS) && Digits.allDigits(middle, MIDDLE_DIGITS)
                && TextBytes.at(text, index + 16) == ':' && (length == 19 || TextBytes.at(text, index + 19) == '.')) {
                long second = TextBytes.digits(text, index + 17, 2);
                if (second >= 0) {
                    return pack(headYear(head), twoDigits(head, 5), twoDigits(middle, 0), twoDigits(middle, 3),
                        twoDigits(middle, 6), (int) second, 19);
                }
            }
        } else if (length == 10) {
            long head = TextBytes.longLE(text, index);
            if ((head & HEAD_SEPARATOR_MASK) == HEAD_SEPARATORS && Digits.allDigits(head, HEAD_DIGITS)) {
                long day = TextBytes.digits(text, index + 8, 2);
                if (day >= 0) {
                    return pack(headYear(head), twoDigits(head, 5), (int) day, 0, 0, 0, 10);
                }
            }
        }
        return dateTimeSlowly(text, index, length);
    }

    /** {@link #dateTime} for any other text, character by character. */
    private static long dateTimeSlowly(Object text, int index, int length) {
        if (length != 10 && length < 19) {
            return -1;
        }
        int year = number(text, index, 4);
        int month = number(text, index + 5, 2);
        int day = number(text, index + 8, 2);
        if ((year | month | day) < 0 || TextBytes.at(text, index + 4) != '-' || TextBytes.at(text, index + 7) != '-') {
            return -1;
        }
        if (length == 10) {
            return pack(year, month, day, 0, 0, 0, 10);
        }
        int hour = number(text, index + 11, 2);
        int minute = number(text, index + 14, 2);
        int second = number(text, index + 17, 2);
        if ((hour | minute | second) < 0 || TextBytes.at(text, index + 10) != ' '
            || TextBytes.at(text, index + 13) != ':' || TextBytes.at(text, index + 16) != ':') {
            return -1;
        }
        return pack(year, month, day, hour, minute, second, 19);
    }

    private static long pack(int year, int month, int day, int hour, int minute, int second, int fractionAt) {
        return (long) second << SECOND | (long) minute << MINUTE | (long) hour << HOUR | (long) day << DAY
            | (long) month << MONTH | (long) year << YEAR | (long) fractionAt << FRACTION_AT;
    }

    /** @return the year of fields {@link #dateTime} read */
    public static int year(long fields) {
        return (int) (fields >>> YEAR) & 0x3FFF;
    }

    /** @return the month of fields {@link #dateTime} read */
    public static int month(long fields) {
        return (int) (fields >>> MONTH) & TWO_DIGITS;
    }

    /** @return the day of the month of fields {@link #dateTime} read */
    public static int day(long fields) {
        return (int) (fields >>> DAY) & TWO_DIGITS;
    }

    /** @return the hour of fields {@link #dateTime} read (0 for a date) */
    public static int hour(long fields) {
        return (int) (fields >>> HOUR) & TWO_DIGITS;
    }

    /** @return the minute of fields {@link #dateTime} read */
    public static int minute(long fields) {
        return (int) (fields >>> MINUTE) & TWO_DIGITS;
    }

    /** @return the second of fields {@link #dateTime} read */
    public static int second(long fields) {
        return (int) (fields >>> SECOND) & TWO_DIGITS;
    }

    /**
     * @return where, from the text's first byte, the fraction of fields {@link #dateTime} read may start: 10 after
     * a date, 19 after the seconds
     */
    public static int fractionAt(long fields) {
        return (int) (fields >>> FRACTION_AT) & 0x1F;
    }

    /**
     * Reads the optional fraction of seconds that ends a DATETIME or TIME text, {@code .f} with one digit or more;
     * digits beyond the sixth are dropped.
     *
     * @param buf   the buffer holding the text
     * @param index where the fraction starts (its point), or {@code end} when there is none
     * @param end   the end of the text, exclusive
     * @return the fraction in microseconds (0 when there is none); -1 when the rest of the text is not a fraction
     */
    public static int fraction(ByteBuf buf, int index, int end) {
        if (buf.hasArray()) {
            int offset = buf.arrayOffset();
            return fraction(buf.array(), offset + index, offset + end);
        }
        return fraction((Object) buf, index, end);
    }

    /**
     * {@link #fraction(ByteBuf, int, int)} over an array.
     *
     * @param data  the array holding the text
     * @param index where the fraction starts (its point), or {@code end} when there is none
     * @param end   the end of the text, exclusive
     * @return the fraction in microseconds, or -1
     */
    public static int fraction(byte[] data, int index, int end) {
        return fraction((Object) data, index, end);
    }

    private static int fraction(Object text, int index, int end) {
        if (index == end) {
            return 0;
        }
        int width = end - index - 1;
        if (TextBytes.at(text, index) != '.' || width == 0) {
            return -1;
        }
        if (width <= MICROS_DIGITS) {
            long value = TextBytes.digits(text, index + 1, width);
            if (value >= 0) {
                return (int) value * MICROS_SCALE[width];
            }
        }
        int value = 0;
        int count = 0;
        for (int i = index + 1; i < end; i++) {
            int digit = TextBytes.at(text, i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            if (count < MICROS_DIGITS) {
                value = value * 10 + digit;
                count++;
            }
        }
        for (; count < MICROS_DIGITS; count++) {
            value *= 10;
        }
        return value;
    }

    /**
     * Counts the days from 1970-01-01 to a proleptic Gregorian date (month 1 to 12).
     *
     * @param year  the year
     * @param month the month, 1 to 12
     * @param day   the day of the month
     * @return the epoch day
     */
    public static long epochDay(int year, int month, int day) {
        // Shift the year to start in March, so that the leap day is the last day of the shifted year.
        long y = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int shiftedMonth = month <= 2 ? month + 9 : month - 3;
        long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /**
     * @param text  a {@code byte[]} or a {@link ByteBuf}
     * @param index the first digit
     * @param count how many digits
     * @return their value, or -1 when one is not a digit
     */
    static int number(Object text, int index, int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            int digit = TextBytes.at(text, index + i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** @return the year in characters 0–3 of a checked {@code YYYY-MM-} word */
    private static int headYear(long head) {
        return twoDigits(head, 0) * 100 + twoDigits(head, 2);
    }

    /** @return the two-digit number at characters {@code at} and {@code at + 1} of a checked word */
    static int twoDigits(long word, int at) {
        return Digits.digitAt(word, at) * 10 + Digits.digitAt(word, at + 1);
    }
}
