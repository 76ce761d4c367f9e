/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

/**
 * The first sixteen characters of the usual DATETIME text, {@code YYYY-MM-DD hh:mm}, read as two little-endian
 * 8-byte words ({@code YYYY-MM-} and {@code DD hh:mm}): their separators and digits are checked with a few masks, and
 * the fields are taken from the words without a read per character. Shared by the row codecs (which read the words
 * from a {@code ByteBuf}) and the Arrow columns (from a {@code byte[]}).
 */
public final class DateTimeText {

    /** {@code YYYY-MM-}: the separators of the first eight characters, and where its digits are. */
    private static final long HEAD_SEPARATORS = ((long) '-' << 32) | ((long) '-' << 56);
    private static final long HEAD_SEPARATOR_MASK = 0xFF0000FF00000000L;
    private static final long HEAD_DIGITS = 0x00FFFF00FFFFFFFFL;
    /** {@code DD hh:mm}: the same for the next eight. */
    private static final long MIDDLE_SEPARATORS = ((long) ' ' << 16) | ((long) ':' << 40);
    private static final long MIDDLE_SEPARATOR_MASK = 0x0000FF0000FF0000L;
    private static final long MIDDLE_DIGITS = 0xFFFF00FFFF00FFFFL;

    private DateTimeText() {
    }

    /**
     * @param head   characters 0–7, little-endian
     * @param middle characters 8–15, little-endian
     * @return whether they read {@code YYYY-MM-DD hh:mm} with digits where digits belong (the values are not
     * range-checked)
     */
    public static boolean matches(long head, long middle) {
        return (head & HEAD_SEPARATOR_MASK) == HEAD_SEPARATORS && (middle & MIDDLE_SEPARATOR_MASK) == MIDDLE_SEPARATORS
            && Digits.allDigits(head, HEAD_DIGITS) && Digits.allDigits(middle, MIDDLE_DIGITS);
    }

    /**
     * @param head characters 0–7 of a text that {@link #matches}
     * @return the year
     */
    public static int year(long head) {
        return Digits.digitAt(head, 0) * 1000 + Digits.digitAt(head, 1) * 100 + Digits.digitAt(head, 2) * 10
            + Digits.digitAt(head, 3);
    }

    /**
     * @param head characters 0–7 of a text that {@link #matches}
     * @return the month
     */
    public static int month(long head) {
        return Digits.digitAt(head, 5) * 10 + Digits.digitAt(head, 6);
    }

    /**
     * @param middle characters 8–15 of a text that {@link #matches}
     * @return the day of the month
     */
    public static int day(long middle) {
        return Digits.digitAt(middle, 0) * 10 + Digits.digitAt(middle, 1);
    }

    /**
     * @param middle characters 8–15 of a text that {@link #matches}
     * @return the hour
     */
    public static int hour(long middle) {
        return Digits.digitAt(middle, 3) * 10 + Digits.digitAt(middle, 4);
    }

    /**
     * @param middle characters 8–15 of a text that {@link #matches}
     * @return the minute
     */
    public static int minute(long middle) {
        return Digits.digitAt(middle, 6) * 10 + Digits.digitAt(middle, 7);
    }
}
