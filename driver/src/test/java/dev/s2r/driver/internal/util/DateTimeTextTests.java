/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DateTimeText} and {@link TimeText} read every layout of the text protocol's DATE, DATETIME and TIME, the
 * usual ones with word reads and the others character by character, and answer the same over a buffer and over an
 * array (every case checks both, with the text between other bytes).
 */
class DateTimeTextTests {

    private static final String BEFORE = "##";
    private static final String AFTER = "#";

    /** The fields and the fraction over a buffer and over an array, which must agree; null when malformed. */
    private static long[] read(String text, boolean time) {
        byte[] bytes = (BEFORE + text + AFTER).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        try {
            int index = BEFORE.length();
            int end = index + text.length();
            long fromBuffer = time ? TimeText.time(buf, index, text.length())
                : DateTimeText.dateTime(buf, index, text.length());
            long fromArray = time ? TimeText.time(bytes, index, text.length())
                : DateTimeText.dateTime(bytes, index, text.length());
            assertThat(fromArray).as("the array form of '%s'", text).isEqualTo(fromBuffer);
            if (fromBuffer < 0) {
                return null;
            }
            int at = index + (time ? TimeText.fractionAt(fromBuffer) : DateTimeText.fractionAt(fromBuffer));
            int fraction = DateTimeText.fraction(buf, at, end);
            assertThat(DateTimeText.fraction(bytes, at, end)).as("the array form of '%s'", text).isEqualTo(fraction);
            return fraction < 0 ? null : new long[]{fromBuffer, fraction};
        } finally {
            buf.release();
        }
    }

    private static LocalDateTime dateTime(String text) {
        long[] read = read(text, false);
        if (read == null) {
            return null;
        }
        long f = read[0];
        return LocalDateTime.of(DateTimeText.year(f), DateTimeText.month(f), DateTimeText.day(f), DateTimeText.hour(f),
            DateTimeText.minute(f), DateTimeText.second(f), (int) read[1] * 1000);
    }

    private static Duration time(String text) {
        long[] read = read(text, true);
        if (read == null) {
            return null;
        }
        long f = read[0];
        Duration magnitude = Duration.ofSeconds(TimeText.hours(f) * 3600 + TimeText.minute(f) * 60L
            + TimeText.second(f), read[1] * 1000);
        return TimeText.negative(f) ? magnitude.negated() : magnitude;
    }

    @Test
    void dateTimesOfEveryFractionWidthReadLikeLocalDateTime() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            LocalDateTime value = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                random.nextInt(1_000_000) * 1000);
            String full = String.format("%04d-%02d-%02d %02d:%02d:%02d.%06d", value.getYear(), value.getMonthValue(),
                value.getDayOfMonth(), value.getHour(), value.getMinute(), value.getSecond(), value.getNano() / 1000);
            int digits = i % 7;
            String text = digits == 0 ? full.substring(0, 19) : full.substring(0, 20 + digits);
            assertThat(dateTime(text)).as(text).isEqualTo(LocalDateTime.parse(text.replace(' ', 'T')));
            String date = full.substring(0, 10);
            assertThat(dateTime(date)).as(date).isEqualTo(LocalDate.parse(date).atStartOfDay());
        }
    }

    @Test
    void digitsBeyondTheSixthAreDropped() {
        assertThat(dateTime("2020-01-02 03:04:05.1234567")).isEqualTo(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 123_456_000));
    }

    @Test
    void zeroAndOutOfRangeFieldsAreReadAsTheyAre() {
        long[] zero = read("0000-00-00 00:00:00", false);
        assertThat(zero).isNotNull();
        assertThat(DateTimeText.year(zero[0]) | DateTimeText.month(zero[0]) | DateTimeText.day(zero[0])).isZero();
        long[] odd = read("2020-13-99 99:99:99", false);
        assertThat(odd).isNotNull();
        assertThat(DateTimeText.month(odd[0])).isEqualTo(13);
        assertThat(DateTimeText.day(odd[0])).isEqualTo(99);
        assertThat(DateTimeText.hour(odd[0])).isEqualTo(99);
        assertThat(DateTimeText.second(odd[0])).isEqualTo(99);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2020-01-0", "2020/01/01", "2020-01-02 ", "2020-01-02 03:04", "2020-01-02T03:04:05",
        "2020-01-02 03:04:0x", "2020-01-02 03:04:05.", "2020-01-02 03:04:05.12a456", "2020-01-02 03:04:05,123456",
        "2020-01-02 03-04-05", "2020-01-02 03:04:05x", "2020-01-02x", "20200-01-02"})
    void malformedDateTimesAreRefused(String text) {
        assertThat(read(text, false)).isNull();
    }

    @Test
    void aWrongCharacterAnywhereIsRefused() {
        String valid = "2020-01-02 03:04:05.123456";
        for (int at = 0; at < valid.length(); at++) {
            for (char wrong : new char[]{'/', ':', 'x', ' ', Character.isDigit(valid.charAt(at)) ? '-' : '0'}) {
                if (wrong == valid.charAt(at)) {
                    continue;
                }
                String text = valid.substring(0, at) + wrong + valid.substring(at + 1);
                assertThat(read(text, false)).as(text).isNull();
                if (at < 10) {
                    assertThat(read(text.substring(0, 10), false)).as(text.substring(0, 10)).isNull();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:00:00", "23:59:59", "-838:59:59", "838:59:59.999999", "-00:00:01.000500",
        "01:10:00.000002", "25:00:00", "999999999:00:00", "7:05:09.5", "-1:00:00"})
    void timesReadAsSignedDurations(String text) {
        boolean negative = text.startsWith("-");
        String magnitude = negative ? text.substring(1) : text;
        String[] parts = magnitude.split("[:.]");
        Duration expected = Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
            .plusSeconds(Long.parseLong(parts[2]))
            .plusNanos(parts.length > 3 ? Long.parseLong((parts[3] + "000000").substring(0, 6)) * 1000 : 0);
        assertThat(time(text)).as(text).isEqualTo(negative ? expected.negated() : expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ":00:00", "12:3:00", "12:3x:00", "12:34:5", "12:34:56.", "12:34:56x",
        "1234567890:00:00", "12-34-56", "12:34:56.1x", "+12:00:00"})
    void malformedTimesAreRefused(String text) {
        assertThat(read(text, true)).as(text).isNull();
    }

    @Test
    void epochDaysMatchLocalDate() {
        for (long day = LocalDate.of(1, 1, 1).toEpochDay(); day <= LocalDate.of(9999, 12, 31).toEpochDay();
             day += 13) {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertThat(DateTimeText.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
                .as("%s", date).isEqualTo(day);
        }
    }
}
