/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.s2r.driver.internal.codec.Fixtures.binary;
import static dev.s2r.driver.internal.codec.Fixtures.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bound {@link BigDecimal} is sent as exactly the text of {@link BigDecimal#toPlainString()}, whether it takes the
 * compact path (up to 18 digits, written digit by digit) or not: signs, leading and trailing zeros, negative
 * scales, zero at any scale, and the 18/19-digit boundary.
 */
class DecimalParameterTests {

    static Stream<BigDecimal> values() {
        return Stream.of("0", "0.0000", "0E+3", "0E-18", "-0.05", "0.05", "5", "-5", "12.5", "-12.5", "1E+3",
                "-12E+5", "1234567.8901", "-1234567.8901", "0.000000000000000001", "999999999999999999",
                "-999999999999999999", "99999999.9999999999", "1000000000000000000", "-12345678901234567890.123",
                "1E+18", "1E-19", "123456789012345678E+1", "3.14159265358979323846264338327950288")
            .map(BigDecimal::new);
    }

    @ParameterizedTest
    @MethodSource("values")
    void theBinaryValueIsThePlainTextLengthEncoded(BigDecimal value) {
        byte[] plain = value.toPlainString().getBytes(StandardCharsets.US_ASCII);
        byte[] expected = new byte[plain.length + 1];
        expected[0] = (byte) plain.length;
        System.arraycopy(plain, 0, expected, 1, plain.length);
        assertThat(binary(encode(value))).containsExactly(expected);
    }

    @ParameterizedTest
    @MethodSource("values")
    void theLiteralIsThePlainText(BigDecimal value) {
        ByteBuf out = Unpooled.buffer();
        try {
            encode(value).writeText(out, false);
            assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(value.toPlainString());
        } finally {
            out.release();
        }
    }

    @ParameterizedTest
    @MethodSource("values")
    void theSizeIsWhatIsWritten(BigDecimal value) {
        Parameter parameter = encode(value);
        assertThat(parameter.binarySize(null)).isEqualTo(binary(parameter).length);
    }

    @ParameterizedTest
    @MethodSource("values")
    void writingAppendsAfterWhatTheBufferHolds(BigDecimal value) {
        ByteBuf out = Unpooled.buffer(4);
        try {
            out.writeByte('[');
            encode(value).writeText(out, false);
            out.writeByte(']');
            assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("[" + value.toPlainString() + "]");
        } finally {
            out.release();
        }
    }
}
