/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * DATE, TIME and DATETIME as the two formats carry them: the int64 codes of ROWDAT_1 (python-sdk-services.md §2.8)
 * and the text of JSON (§2.6). Years run from 0 to 9999, the range of the engine's types; a value outside it, or a
 * code that names no valid date (month 13, day 30 of February, minute 61), is refused with an
 * {@link IllegalArgumentException} whose message the codecs put in their own errors. TIME may exceed 24 hours and
 * may be negative. Fractions below a microsecond, which neither format can carry, are truncated toward zero.
 */
final class Temporals {

    static final int MAX_YEAR = 9999;
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final int NANOS_PER_MICRO = 1000;
    private static final int SECONDS_PER_HOUR = 3600;
    private static final long MAX_DATE_CODE = 99_991_231L;

    private Temporals() {
    }

    /**
     * @param date a date
     * @return {@code year*10000 + month*100 + day}
     */
    static long packDate(LocalDate date) {
        checkYear(date.getYear());
        return date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
    }

    /**
     * @param code {@code year*10000 + month*100 + day}
     * @return the date
     */
    static LocalDate unpackDate(long code) {
        if (code < 0 || code > MAX_DATE_CODE) {
            throw new IllegalArgumentException("DATE code " + code + " is not a yyyymmdd date");
        }
        try {
            return LocalDate.of((int) (code / 10_000), (int) (code / 100 % 100), (int) (code % 100));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("DATE code " + code + " is not a valid yyyymmdd date", e);
        }
    }

    /**
     * @param time a time of day or an interval, of any sign and length
     * @return {@code sign * ((hh*10000 + mm*100 + ss) * 1_000_000 + micros)}
     */
    static long packTime(Duration time) {
        try {
            Duration magnitude = time.abs();
            long seconds = magnitude.getSeconds();
            long hms = Math.addExact(Math.multiplyExact(seconds / SECONDS_PER_HOUR, 10_000L),
                seconds % SECONDS_PER_HOUR / 60 * 100 + seconds % 60);
            long code = Math.addExact(Math.multiplyExact(hms, MICROS_PER_SECOND),
                magnitude.getNano() / NANOS_PER_MICRO);
            return time.isNegative() ? -code : code;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("TIME " + time + " is too long for the wire", e);
        }
    }

    /**
     * @param code {@code sign * ((hh*10000 + mm*100 + ss) * 1_000_000 + micros)}
     * @return the time
     */
    static Duration unpackTime(long code) {
        if (code == Long.MIN_VALUE) {
            throw new IllegalArgumentException("TIME code " + code + " is out of range");
        }
        long magnitude = Math.abs(code);
        long micros = magnitude % MICROS_PER_SECOND;
        long hms = magnitude / MICROS_PER_SECOND;
        long seconds = hms % 100;
        long minutes = hms / 100 % 100;
        if (seconds > 59 || minutes > 59) {
            throw new IllegalArgumentException("TIME code " + code + " has minutes or seconds above 59");
        }
        Duration time = Duration.ofSeconds(hms / 10_000 * SECONDS_PER_HOUR + minutes * 60 + seconds,
            micros * NANOS_PER_MICRO);
        return code < 0 ? time.negated() : time;
    }

    /**
     * @param dateTime a date and time
     * @return year, month, day, hour, minute, second and microseconds packed from the high bits down to the low
     */
    static long packDateTime(LocalDateTime dateTime) {
        checkYear(dateTime.getYear());
        long packed = dateTime.getYear();
        packed = packed << 4 | dateTime.getMonthValue();
        packed = packed << 5 | dateTime.getDayOfMonth();
        packed = packed << 5 | dateTime.getHour();
        packed = packed << 6 | dateTime.getMinute();
        packed = packed << 6 | dateTime.getSecond();
        return packed << 20 | dateTime.getNano() / NANOS_PER_MICRO;
    }

    /**
     * @param code micros in bits 0-19, second 20-25, minute 26-31, hour 32-36, day 37-41, month 42-45, year 46-63
     * @return the date and time
     */
    static LocalDateTime unpackDateTime(long code) {
        int micros = (int) (code & 0xFFFFF);
        int second = (int) (code >>> 20 & 0x3F);
        int minute = (int) (code >>> 26 & 0x3F);
        int hour = (int) (code >>> 32 & 0x1F);
        int day = (int) (code >>> 37 & 0x1F);
        int month = (int) (code >>> 42 & 0xF);
        long year = code >>> 46;
        if (year > MAX_YEAR || micros >= MICROS_PER_SECOND) {
            throw new IllegalArgumentException("DATETIME code " + code + " is not a valid packed date and time");
        }
        try {
            return LocalDateTime.of((int) year, month, day, hour, minute, second, micros * NANOS_PER_MICRO);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("DATETIME code " + code + " is not a valid packed date and time", e);
        }
    }

    /**
     * @param date a date
     * @return {@code YYYY-MM-DD}
     */
    static String formatDate(LocalDate date) {
        checkYear(date.getYear());
        StringBuilder text = new StringBuilder(10);
        appendDate(text, date);
        return text.toString();
    }

    /**
     * @param dateTime a date and time
     * @return {@code YYYY-MM-DD HH:MM:SS.ffffff}
     */
    static String formatDateTime(LocalDateTime dateTime) {
        checkYear(dateTime.getYear());
        StringBuilder text = new StringBuilder(26);
        appendDate(text, dateTime.toLocalDate());
        text.append(' ');
        appendDigits(text, dateTime.getHour(), 2).append(':');
        appendDigits(text, dateTime.getMinute(), 2).append(':');
        appendDigits(text, dateTime.getSecond(), 2).append('.');
        return appendDigits(text, dateTime.getNano() / NANOS_PER_MICRO, 6).toString();
    }

    /**
     * @param time a time of day or an interval
     * @return {@code [-]H:MM:SS.ffffff}, hours unbounded and not padded
     */
    static String formatTime(Duration time) {
        long code = packTime(time);
        long magnitude = Math.abs(code);
        long hms = magnitude / MICROS_PER_SECOND;
        StringBuilder text = new StringBuilder(16);
        if (code < 0) {
            text.append('-');
        }
        text.append(hms / 10_000).append(':');
        appendDigits(text, hms / 100 % 100, 2).append(':');
        appendDigits(text, hms % 100, 2).append('.');
        return appendDigits(text, magnitude % MICROS_PER_SECOND, 6).toString();
    }

    /**
     * @param text {@code YYYY-MM-DD}
     * @return the date
     */
    static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalArgumentException("DATE " + excerpt(text) + " is not YYYY-MM-DD");
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("DATE " + excerpt(text) + " is not a valid date", e);
        }
    }

    /**
     * @param text {@code YYYY-MM-DD HH:MM:SS[.f]} (1 to 6 fraction digits; {@code T} also separates date and time)
     * @return the date and time
     */
    static LocalDateTime parseDateTime(String text) {
        int length = text.length();
        if (length < 19 || length == 20 || length > 26 || text.charAt(4) != '-' || text.charAt(7) != '-'
            || (text.charAt(10) != ' ' && text.charAt(10) != 'T') || text.charAt(13) != ':'
            || text.charAt(16) != ':' || (length > 19 && text.charAt(19) != '.')) {
            throw new IllegalArgumentException("DATETIME " + excerpt(text) + " is not YYYY-MM-DD HH:MM:SS.ffffff");
        }
        try {
            return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2),
                digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), fractionNanos(text, 20));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("DATETIME " + excerpt(text) + " is not a valid date and time", e);
        }
    }

    /**
     * @param text {@code [-]H:MM:SS[.f]} (hours of any length, 1 to 6 fraction digits)
     * @return the time
     */
    static Duration parseTime(String text) {
        boolean negative = text.startsWith("-");
        int start = negative ? 1 : 0;
        int colon = text.indexOf(':', start);
        int hourDigits = colon - start;
        int length = text.length();
        if (hourDigits < 1 || hourDigits > 12 || length < colon + 6 || text.charAt(colon + 3) != ':'
            || (length > colon + 6 && (text.charAt(colon + 6) != '.' || length == colon + 7 || length > colon + 13))) {
            throw new IllegalArgumentException("TIME " + excerpt(text) + " is not [-]H:MM:SS.ffffff");
        }
        long hours = 0;
        for (int i = start; i < colon; i++) {
            hours = hours * 10 + digit(text, i);
        }
        int minutes = digits(text, colon + 1, 2);
        int seconds = digits(text, colon + 4, 2);
        if (minutes > 59 || seconds > 59) {
            throw new IllegalArgumentException("TIME " + excerpt(text) + " has minutes or seconds above 59");
        }
        Duration time = Duration.ofSeconds(hours * SECONDS_PER_HOUR + minutes * 60 + seconds,
            fractionNanos(text, colon + 7));
        return negative ? time.negated() : time;
    }

    private static void checkYear(int year) {
        if (year < 0 || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside 0-9999, the range of the engine's dates");
        }
    }

    private static void appendDate(StringBuilder text, LocalDate date) {
        appendDigits(text, date.getYear(), 4).append('-');
        appendDigits(text, date.getMonthValue(), 2).append('-');
        appendDigits(text, date.getDayOfMonth(), 2);
    }

    private static StringBuilder appendDigits(StringBuilder text, long value, int width) {
        String digits = Long.toString(value);
        for (int pad = digits.length(); pad < width; pad++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** The nanoseconds of a fraction that starts at {@code from} and runs to the end (none when past the end). */
    private static int fractionNanos(String text, int from) {
        int nanos = 0;
        int scale = 100_000_000;
        for (int i = from; i < text.length(); i++) {
            nanos += digit(text, i) * scale;
            scale /= 10;
        }
        return nanos;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + digit(text, i);
        }
        return value;
    }

    private static int digit(String text, int index) {
        char c = text.charAt(index);
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException(excerpt(text) + " has a non-digit at " + index);
        }
        return c - '0';
    }

    /** A value to quote in an error: at most 40 characters of it. */
    static String excerpt(String text) {
        return '"' + (text.length() <= 40 ? text : text.substring(0, 40) + "...") + '"';
    }
}
