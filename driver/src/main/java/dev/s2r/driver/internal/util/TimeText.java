/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;

/**
 * The reader of the TIME text of the text protocol, {@code [-]h:mm:ss[.ffffff]} with one to nine digits of hours,
 * for the row codecs (a {@link ByteBuf}) and the Arrow columns (a {@code byte[]}). The usual text, {@code hh:mm:ss}
 * with two digits of hours, is read as one little-endian 8-byte word checked with a few masks; any other text
 * character by character. The fields come back packed in one {@code long} (see {@link #hours(long)} and the other
 * accessors), -1 when the text is malformed; the fraction that may follow is read by {@link DateTimeText#fraction}.
 */
public final class TimeText {

    /** {@code hh:mm:ss}: the separators of the eight characters, and where the digits are. */
    private static final long SEPARATORS = ((long) ':' << 16) | ((long) ':' << 40);
    private static final long SEPARATOR_MASK = 0x0000FF0000FF0000L;
    private static final long DIGITS = 0xFFFF00FFFF00FFFFL;
    /** The most digits of hours. */
    private static final int MAX_HOUR_DIGITS = 9;

    /** Where each field sits in the packed {@code long}. */
    private static final int SECOND = 0;
    private static final int MINUTE = 7;
    private static final int FRACTION_AT = 14;
    private static final int HOURS = 19;
    private static final int NEGATIVE = 49;

    private TimeText() {
    }

    /**
     * Reads {@code [-]h:mm:ss} at the start of a TIME text; a fraction may follow, which
     * {@link DateTimeText#fraction} reads from {@link #fractionAt}. The values are not range-checked.
     *
     * @param buf    the buffer holding the text
     * @param index  the index of its first byte
     * @param length its length
     * @return the fields, packed; -1 when the text does not start so
     */
    public static long time(ByteBuf buf, int index, int length) {
        return buf.hasArray() ? time(buf.array(), buf.arrayOffset() + index, length)
            : time((Object) buf, index, length);
    }

    /**
     * {@link #time(ByteBuf, int, int)} over an array.
     *
     * @param data   the array holding the text
     * @param index  the index of its first byte
     * @param length its length
     * @return the fields, packed, or -1
     */
    public static long time(byte[] data, int index, int length) {
        return time((Object) data, index, length);
    }

    private static long time(Object text, int index, int length) {
        if (length >= 8) {
            long word = TextBytes.longLE(text, index);
            if ((word & SEPARATOR_MASK) == SEPARATORS && Digits.allDigits(word, DIGITS)) {
                return pack(false, DateTimeText.twoDigits(word, 0), DateTimeText.twoDigits(word, 3),
                    DateTimeText.twoDigits(word, 6), 8);
            }
        }
        return timeSlowly(text, index, length);
    }

    /** {@link #time} for any other text (a sign, other than two digits of hours), character by character. */
    private static long timeSlowly(Object text, int index, int length) {
        int end = index + length;
        int i = index;
        boolean negative = i < end && TextBytes.at(text, i) == '-';
        if (negative) {
            i++;
        }
        long hours = 0;
        int first = i;
        while (i < end) {
            int c = TextBytes.at(text, i);
            if (c == ':') {
                break;
            }
            int digit = c - '0';
            if (digit < 0 || digit > 9 || i - first == MAX_HOUR_DIGITS) {
                return -1;
            }
            hours = hours * 10 + digit;
            i++;
        }
        if (i == first || i + 6 > end || TextBytes.at(text, i + 3) != ':') {
            return -1;
        }
        int minute = DateTimeText.number(text, i + 1, 2);
        int second = DateTimeText.number(text, i + 4, 2);
        if ((minute | second) < 0) {
            return -1;
        }
        return pack(negative, hours, minute, second, i + 6 - index);
    }

    private static long pack(boolean negative, long hours, int minute, int second, int fractionAt) {
        return (long) second << SECOND | (long) minute << MINUTE | (long) fractionAt << FRACTION_AT
            | hours << HOURS | (negative ? 1L << NEGATIVE : 0);
    }

    /** @return whether fields {@link #time} read are of a negative TIME */
    public static boolean negative(long fields) {
        return (fields >>> NEGATIVE & 1) != 0;
    }

    /** @return all the hours of fields {@link #time} read (up to 999,999,999) */
    public static long hours(long fields) {
        return fields >>> HOURS & 0x3FFF_FFFFL;
    }

    /** @return the minute of fields {@link #time} read */
    public static int minute(long fields) {
        return (int) (fields >>> MINUTE) & 0x7F;
    }

    /** @return the second of fields {@link #time} read */
    public static int second(long fields) {
        return (int) (fields >>> SECOND) & 0x7F;
    }

    /** @return where, from the text's first byte, the fraction of fields {@link #time} read may start */
    public static int fractionAt(long fields) {
        return (int) (fields >>> FRACTION_AT) & 0x1F;
    }
}
