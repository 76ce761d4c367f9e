/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit tests for the fast path of text DOUBLE parsing in {@link Numbers}: wherever it answers, it answers exactly
 * what {@link Double#parseDouble} does.
 */
final class FastDecimalTests {

    private static double fast(String text) {
        ByteBuf buf = Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
        try {
            return Numbers.fastDecimal(buf, 0, buf.readableBytes());
        } finally {
            buf.release();
        }
    }

    @Test
    void randomPlainDecimalsParseBitForBitLikeParseDouble() {
        Random random = new Random(42);
        int answered = 0;
        for (int n = 0; n < 50_000; n++) {
            String text = randomDecimal(random);
            double value = fast(text);
            if (!Double.isNaN(value)) {
                answered++;
                assertThat(Double.doubleToRawLongBits(value)).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
        assertThat(answered).isGreaterThan(25_000);
    }

    @Test
    void formsItDoesNotHandleAreLeftToParseDouble() {
        for (String text : new String[]{"1e10", "-1.5E300", "1234567890123456789", "0.12345678901234567",
            "", "-", ".", "1.", "inf", "NaN", "1..2"}) {
            assertThat(fast(text)).as(text).isNaN();
        }
    }

    @Test
    void negativeZeroKeepsItsSign() {
        assertThat(Double.doubleToRawLongBits(fast("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "-0", "0.0000", "-0.0000", "1.2300", "-12345.6789",
        "99999999999999.9999", "-99999999999999.9999", "999999999999999999", ".5", "-.5", "00012.50"})
    void bigDecimalFastPathEqualsTheGeneralParserIncludingTheScale(String text) {
        ByteBuf buf = Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
        try {
            assertThat(Numbers.fastBigDecimal(buf, 0, buf.readableBytes())).isEqualTo(new java.math.BigDecimal(text));
        } finally {
            buf.release();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "-0", "0.0000", "-0.0000", "1.2300", "-12345.6789",
        "99999999999999.9999", "-99999999999999.9999", "999999999999999999", ".5", "-.5", "00012.50", "7", "-1.5"})
    void bigDecimalFastPathInsideALargerRowEqualsTheGeneralParser(String text) {
        ByteBuf buf = Unpooled.copiedBuffer("9.9.9.9." + text + "12345678", StandardCharsets.US_ASCII);
        try {
            assertThat(Numbers.fastBigDecimal(buf, 8, text.length())).isEqualTo(new java.math.BigDecimal(text));
        } finally {
            buf.release();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "-0", "1.5", "-2.25", "7", "123456.75", "0.001"})
    void doubleFastPathInsideALargerRowEqualsParseDouble(String text) {
        ByteBuf buf = Unpooled.copiedBuffer("9.9.9.9." + text + "12345678", StandardCharsets.US_ASCII);
        try {
            assertThat(Double.doubleToRawLongBits(Numbers.fastDecimal(buf, 8, text.length())))
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        } finally {
            buf.release();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "-", ".", "5.", "1e5", "+1", "1.2.3", "12a",
        "1234567890123456789", "-1234567890.123456789"})
    void bigDecimalFastPathLeavesEverythingElseToTheGeneralParser(String text) {
        ByteBuf buf = Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
        try {
            assertThat(Numbers.fastBigDecimal(buf, 0, buf.readableBytes())).isNull();
        } finally {
            buf.release();
        }
    }
}
