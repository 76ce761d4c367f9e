/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NumberText} reads what the JDK's parsers read, wherever it answers, and answers the same over a buffer and
 * over an array (every case checks both, with the text between other bytes).
 */
class NumberTextTests {

    private static final String BEFORE = "9.9.9.9.";
    private static final String AFTER = "12345678";

    /** Runs {@code read} over the text in a buffer and in an array, checks that they agree, and returns the answer. */
    private static <T> T both(String text, Reader<T> read) {
        byte[] bytes = (BEFORE + text + AFTER).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        try {
            T fromBuffer = read.read(buf, null, BEFORE.length(), text.length());
            T fromArray = read.read(null, bytes, BEFORE.length(), text.length());
            assertThat(fromArray).as("the array form of '%s'", text).isEqualTo(fromBuffer);
            return fromBuffer;
        } finally {
            buf.release();
        }
    }

    private interface Reader<T> {
        T read(ByteBuf buf, byte[] data, int index, int length);
    }

    private static long parseLong(String text, boolean unsigned) {
        return both(text, (buf, data, index, length) -> buf != null
            ? NumberText.parseLong(buf, index, length, unsigned) : NumberText.parseLong(data, index, length, unsigned));
    }

    private static long unscaled(String text, int scale) {
        return both(text, (buf, data, index, length) -> buf != null ? NumberText.unscaled(buf, index, length, scale)
            : NumberText.unscaled(data, index, length, scale));
    }

    private static double exactDouble(String text) {
        long bits = both(text, (buf, data, index, length) -> Double.doubleToRawLongBits(buf != null
            ? NumberText.exactDouble(buf, index, length) : NumberText.exactDouble(data, index, length)));
        return Double.longBitsToDouble(bits);
    }

    @Test
    void integersOfEveryLengthParseLikeParseLong() {
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            long value = random.nextLong() >> random.nextInt(64);
            String text = Long.toString(value);
            assertThat(parseLong(text, false)).as(text).isEqualTo(value);
            if (value >= 0) {
                assertThat(parseLong("+" + text, false)).as("+" + text).isEqualTo(value);
            }
            String unsigned = Long.toUnsignedString(value);
            assertThat(parseLong(unsigned, true)).as(unsigned).isEqualTo(value);
        }
    }

    @Test
    void theEdgesOfTheRangeAreReadOrLeftToTheJdk() {
        assertThat(parseLong("9223372036854775807", false)).isEqualTo(Long.MAX_VALUE);
        assertThat(parseLong("-9223372036854775807", false)).isEqualTo(-Long.MAX_VALUE);
        assertThat(parseLong("18446744073709551615", true)).isEqualTo(-1L);
        assertThat(parseLong("09223372036854775807", false)).isEqualTo(Long.MAX_VALUE);
        assertThat(parseLong("000000000000000000000", false)).as("21 digits").isEqualTo(NumberText.UNPARSED);
        for (String text : new String[]{"-9223372036854775808", "9223372036854775808", "18446744073709551615"}) {
            assertThat(parseLong(text, false)).as(text).isEqualTo(NumberText.UNPARSED);
        }
        for (String text : new String[]{"9223372036854775808", "18446744073709551616", "-1000000000000000000"}) {
            assertThat(parseLong(text, true)).as(text).isEqualTo(NumberText.UNPARSED);
        }
        assertThat(parseLong("-5", true)).as("a short negative text, in any column").isEqualTo(-5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", "12a", "1.5", " 1", "1 ", "--1", "1e3", "12345678901234567x9"})
    void anythingElseIsLeftToTheJdk(String text) {
        assertThat(parseLong(text, false)).isEqualTo(NumberText.UNPARSED);
        assertThat(parseLong(text, true)).isEqualTo(NumberText.UNPARSED);
    }

    @Test
    void aBufferShorterThanEightBytesIsLeftToTheJdk() {
        ByteBuf buf = Unpooled.copiedBuffer("123", StandardCharsets.US_ASCII);
        try {
            assertThat(NumberText.parseLong(buf, 0, 3, false)).isEqualTo(NumberText.UNPARSED);
        } finally {
            buf.release();
        }
    }

    @Test
    void decimalsAtAnyScaleAtLeastTheirOwnReadLikeBigDecimal() {
        Random random = new Random(9);
        for (int n = 0; n < 20_000; n++) {
            int digits = 1 + random.nextInt(18);
            long magnitude = Math.floorMod(random.nextLong(), BigInteger.TEN.pow(digits).longValueExact());
            int ownScale = random.nextInt(digits + 1);
            BigDecimal value = BigDecimal.valueOf(random.nextBoolean() ? -magnitude : magnitude, ownScale);
            String text = value.toPlainString();
            int scale = ownScale + random.nextInt(3);
            long digitsAtScale = text.chars().filter(Character::isDigit).count() + scale - ownScale;
            long read = unscaled(text, scale);
            if (digitsAtScale <= 18) {
                assertThat(read).as("%s at scale %d", text, scale)
                    .isEqualTo(value.setScale(scale).unscaledValue().longValueExact());
            } else {
                assertThat(read).as("%s at scale %d", text, scale).isEqualTo(NumberText.UNPARSED);
            }
            assertThat(fractionDigits(text)).as(text).isEqualTo(ownScale);
        }
    }

    private static int fractionDigits(String text) {
        return both(text, (buf, data, index, length) -> buf != null ? NumberText.fractionDigits(buf, index, length)
            : NumberText.fractionDigits(data, index, length));
    }

    @Test
    void decimalTextsOfOtherLayoutsAreScaled() {
        assertThat(unscaled("12.5", 4)).isEqualTo(125_000);
        assertThat(unscaled("-.5", 2)).isEqualTo(-50);
        assertThat(unscaled(".5", 1)).isEqualTo(5);
        assertThat(unscaled("7", 3)).isEqualTo(7_000);
        assertThat(unscaled("-0.0000", 4)).isZero();
        assertThat(unscaled("99999999999999.9999", 4)).isEqualTo(999_999_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "5.", "1e5", "+1", "1.2.3", "12a", "1.23456", "1234567890123456789",
        "-1234567890.123456789", "99999999999999.9999x"})
    void decimalTextsThatAreNotPlainOrDoNotFitAreLeftToBigDecimal(String text) {
        assertThat(unscaled(text, 4)).isEqualTo(NumberText.UNPARSED);
    }

    @Test
    void plainDecimalsReadAsDoublesBitForBitLikeParseDouble() {
        Random random = new Random(42);
        int answered = 0;
        for (int n = 0; n < 50_000; n++) {
            String text = randomDecimal(random);
            double value = exactDouble(text);
            if (!Double.isNaN(value)) {
                answered++;
                assertThat(Double.doubleToRawLongBits(value)).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
        assertThat(answered).isGreaterThan(25_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1.5", "-2.25", "7", "123456.75", "0.001", ".5", "-.5", "999999999999999",
        "0.000000000000001", "000000000000012.5"})
    void doublesParseExactlyAsParseDouble(String text) {
        assertThat(Double.doubleToRawLongBits(exactDouble(text))).as(text)
            .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e10", "-1.5E300", "1234567890123456789", "0.12345678901234567", "1000000000000000",
        "", "-", ".", "1.", "inf", "NaN", "1..2", "+1"})
    void doubleFormsItDoesNotHandleAreLeftToParseDouble(String text) {
        assertThat(exactDouble(text)).as(text).isNaN();
    }

    private static String randomDecimal(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextBoolean()) {
            out.append('-');
        }
        int intDigits = 1 + random.nextInt(10);
        for (int i = 0; i < intDigits; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextInt(4) != 0) {
            out.append('.');
            int fractionDigits = 1 + random.nextInt(9);
            for (int i = 0; i < fractionDigits; i++) {
                out.append((char) ('0' + random.nextInt(10)));
            }
        }
        return out.toString();
    }
}
