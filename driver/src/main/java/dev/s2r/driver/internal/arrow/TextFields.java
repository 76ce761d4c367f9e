/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.util.Digits;

import java.nio.charset.StandardCharsets;

/**
 * Allocation-free readers of the ASCII forms of the text protocol (runs of up to 18 digits read eight at a time by
 * {@link Digits}), and calendar arithmetic.
 */
final class TextFields {

    static final long MICROS_PER_SECOND = 1_000_000L;
    static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
    /** What a fraction of {@code n} digits is multiplied by to give microseconds. */
    private static final int[] MICROS_SCALE = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private TextFields() {
    }

    /**
     * Parses a decimal integer; an unsigned 64-bit value above {@link Long#MAX_VALUE} comes back as its two's
     * complement bits.
     */
    static long parseLong(byte[] data, int index, int length, ArrowColumn column) {
        int end = index + length;
        int i = index;
        boolean negative = false;
        if (i < end && (data[i] == '-' || data[i] == '+')) {
            negative = data[i] == '-';
            i++;
        }
        if (i == end) {
            throw malformed(data, index, length, column);
        }
        long fast = Digits.parse(data, i, end - i);
        if (fast >= 0) {
            return negative ? -fast : fast;
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = data[i] - '0';
            if (digit < 0 || digit > 9) {
                throw malformed(data, index, length, column);
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    /** Reads {@code count} digits at {@code index}. */
    static int digits(byte[] data, int index, int count, int end, ArrowColumn column, int start) {
        if (index + count > end) {
            throw malformed(data, start, end - start, column);
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            int digit = data[index + i] - '0';
            if (digit < 0 || digit > 9) {
                throw malformed(data, start, end - start, column);
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Checks that the character at {@code index} is {@code separator}. */
    static void expect(byte[] data, int index, char separator, int end, ArrowColumn column, int start) {
        if (index >= end || data[index] != separator) {
            throw malformed(data, start, end - start, column);
        }
    }

    /**
     * Reads an optional {@code .ffffff} fraction at {@code index} up to {@code end} as microseconds; digits beyond
     * the sixth are dropped.
     */
    static int fraction(byte[] data, int index, int end, ArrowColumn column, int start) {
        if (index == end) {
            return 0;
        }
        if (data[index] != '.' || index + 1 == end) {
            throw malformed(data, start, end - start, column);
        }
        int width = end - index - 1;
        if (width <= 6) {
            long fast = Digits.parse(data, index + 1, width);
            if (fast >= 0) {
                return (int) fast * MICROS_SCALE[width];
            }
        }
        int value = 0;
        int count = 0;
        for (int i = index + 1; i < end; i++) {
            int digit = data[i] - '0';
            if (digit < 0 || digit > 9) {
                throw malformed(data, start, end - start, column);
            }
            if (count < 6) {
                value = value * 10 + digit;
                count++;
            }
        }
        for (; count < 6; count++) {
            value *= 10;
        }
        return value;
    }

    /**
     * Counts the days from 1970-01-01 to a proleptic Gregorian date (month 1 to 12).
     */
    static long epochDay(int year, int month, int day) {
        // Shift the year to start in March, so that the leap day is the last day of the shifted year.
        long y = month <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int shiftedMonth = month <= 2 ? month + 9 : month - 3;
        long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    static IllegalArgumentException malformed(byte[] data, int index, int length, ArrowColumn column) {
        return new IllegalArgumentException("Malformed value '" + new String(data, index, Math.min(length, 64),
            StandardCharsets.UTF_8) + "' in column " + column.describe());
    }
}
