/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit tests for the fast path of text DECIMAL parsing in {@link Numbers}: wherever it answers, it answers exactly
 * what {@code new BigDecimal(text)} does, scale included (the DOUBLE fast path is tested with the parser it uses,
 * in {@code NumberTextTests}).
 */
final class FastDecimalTests {

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
