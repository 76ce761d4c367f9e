/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.column;
import static dev.s2r.driver.internal.codec.Fixtures.decodeBinary;
import static dev.s2r.driver.internal.codec.Fixtures.decodeText;
import static dev.s2r.driver.internal.codec.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * DECIMAL (sent as text by both protocols), FLOAT and DOUBLE columns.
 */
class DecimalAndFloatingPointDecodingTests {

    private static final ColumnDefinition DECIMAL_20_6 = column(DataTypes.NEWDECIMAL, 0, 63, 22, 6);
    private static final ColumnDefinition FLOAT = column(DataTypes.FLOAT, 0, 63, 12, 31);
    private static final ColumnDefinition DOUBLE = column(DataTypes.DOUBLE, 0, 63, 22, 31);

    private static final String DECIMAL_MAX = "99999999999999.999999";
    private static final String DECIMAL_MIN = "-99999999999999.999999";
    private static final byte[] FLOAT_1_1 = bytes(0xCD, 0xCC, 0x8C, 0x3F);

    @Test
    void decimalReadsAsBigDecimalExactly() {
        BigDecimal expected = new BigDecimal("28111097.610822");
        assertThat(decodeText(DECIMAL_20_6, "28111097.610822", Object.class)).isEqualTo(expected);
        assertThat(decodeBinary(DECIMAL_20_6, utf8("28111097.610822"), Object.class)).isEqualTo(expected);
    }

    @Test
    void decimalMaximumKeepsEveryDigit() {
        assertThat(decodeText(DECIMAL_20_6, DECIMAL_MAX, BigDecimal.class)).isEqualTo(new BigDecimal(DECIMAL_MAX));
        assertThat(decodeBinary(DECIMAL_20_6, utf8(DECIMAL_MAX), BigDecimal.class))
            .isEqualTo(new BigDecimal(DECIMAL_MAX));
    }

    @Test
    void decimalMinimumKeepsEveryDigit() {
        assertThat(decodeText(DECIMAL_20_6, DECIMAL_MIN, BigDecimal.class)).isEqualTo(new BigDecimal(DECIMAL_MIN));
        assertThat(decodeBinary(DECIMAL_20_6, utf8(DECIMAL_MIN), BigDecimal.class))
            .isEqualTo(new BigDecimal(DECIMAL_MIN));
    }

    @Test
    void decimalZeroKeepsItsScale() {
        assertThat(decodeText(DECIMAL_20_6, "0.000000", BigDecimal.class)).isEqualTo(new BigDecimal("0.000000"));
    }

    @Test
    void decimalReadsAsText() {
        assertThat(decodeBinary(DECIMAL_20_6, utf8(DECIMAL_MIN), String.class)).isEqualTo(DECIMAL_MIN);
    }

    @Test
    void decimalReadsAsDoubleAndFloat() {
        assertThat(decodeText(DECIMAL_20_6, "-143773416.044092", Double.class)).isEqualTo(-143773416.044092);
        assertThat(decodeText(DECIMAL_20_6, "1.5", Float.class)).isEqualTo(1.5f);
    }

    @Test
    void decimalWithoutFractionReadsAsWholeNumbers() {
        assertThat(decodeText(DECIMAL_20_6, "866689461.000000", Long.class)).isEqualTo(866689461L);
        assertThat(decodeText(DECIMAL_20_6, "866689461.000000", Integer.class)).isEqualTo(866689461);
        assertThat(decodeText(DECIMAL_20_6, "-12.000000", BigInteger.class)).isEqualTo(BigInteger.valueOf(-12));
    }

    @Test
    void decimalWithFractionDoesNotReadAsWholeNumber() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(DECIMAL_20_6, "866689461.300046", Long.class))
            .withMessage("Value 866689461.300046 of column 'v' of type DECIMAL does not fit in java.lang.Long");
    }

    @Test
    void decimalBeyondIntegerRangeIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(DECIMAL_20_6, "3000000000.000000", Integer.class))
            .withMessageContaining("does not fit in java.lang.Integer");
    }

    @Test
    void floatReadsAsFloat() {
        assertThat(decodeText(FLOAT, "1.1", Object.class)).isEqualTo(1.1f);
        assertThat(decodeBinary(FLOAT, FLOAT_1_1, Object.class)).isEqualTo(1.1f);
    }

    @Test
    void floatInScientificNotationReadsAsFloat() {
        assertThat(decodeText(FLOAT, "-1.46487e8", Float.class)).isEqualTo(-146487000f);
    }

    @Test
    void floatReadsAsDoubleWithItsDecimalDigits() {
        assertThat(decodeText(FLOAT, "1.1", Double.class)).isEqualTo(1.1);
        assertThat(decodeBinary(FLOAT, FLOAT_1_1, Double.class)).isEqualTo(1.1);
    }

    @Test
    void floatReadsAsBigDecimalAndTextWithItsDecimalDigits() {
        assertThat(decodeBinary(FLOAT, FLOAT_1_1, BigDecimal.class)).isEqualTo(new BigDecimal("1.1"));
        assertThat(decodeBinary(FLOAT, FLOAT_1_1, String.class)).isEqualTo("1.1");
        assertThat(decodeText(FLOAT, "1.1", String.class)).isEqualTo("1.1");
    }

    @Test
    void textProtocolNumbersReadAsTextExactlyAsSent() {
        assertThat(decodeText(FLOAT, "1.23457e8", String.class)).isEqualTo("1.23457e8");
        assertThat(decodeText(DOUBLE, "1e20", String.class)).isEqualTo("1e20");
        assertThat(decodeText(DECIMAL_20_6, "0.000000", String.class)).isEqualTo("0.000000");
    }

    @Test
    void binaryFloatReadsAsTextWithSixSignificantDigits() {
        assertThat(decodeBinary(FLOAT, bytes(0xA3, 0x79, 0xEB, 0x4C), String.class)).isEqualTo("123457000");
    }

    @Test
    void binaryDecimalReadsAsTextWithItsScale() {
        assertThat(decodeBinary(DECIMAL_20_6, utf8("0.000000"), String.class)).isEqualTo("0.000000");
    }

    @Test
    void doubleReadsAsDouble() {
        byte[] field = bytes(0xB7, 0x27, 0xB8, 0x8A, 0x86, 0x4A, 0xBC, 0xC1);
        assertThat(decodeText(DOUBLE, "-474646154.719356", Object.class)).isEqualTo(-474646154.719356);
        assertThat(decodeBinary(DOUBLE, field, Object.class)).isEqualTo(-474646154.719356);
    }

    @Test
    void doubleMinimumReadsExactly() {
        byte[] field = bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xEF, 0xFF);
        assertThat(decodeText(DOUBLE, "-1.7976931348623157e308", Double.class)).isEqualTo(-Double.MAX_VALUE);
        assertThat(decodeBinary(DOUBLE, field, Double.class)).isEqualTo(-Double.MAX_VALUE);
    }

    @Test
    void doubleReadsAsBigDecimal() {
        assertThat(decodeText(DOUBLE, "-474646154.719356", BigDecimal.class))
            .isEqualTo(new BigDecimal("-474646154.719356"));
    }

    @Test
    void doubleBeyondFloatRangeDoesNotReadAsFloat() {
        byte[] field = bytes(0x9C, 0x75, 0x00, 0x88, 0x3C, 0xE4, 0x37, 0x7E);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeBinary(DOUBLE, field, Float.class))
            .withMessage("Value 1.0E300 of column 'v' of type DOUBLE does not fit in java.lang.Float");
    }

    @Test
    void floatingPointDoesNotReadAsWholeNumber() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(DOUBLE, "1.0", Integer.class))
            .withMessage("Cannot decode column 'v' of type DOUBLE as java.lang.Integer");
    }

    @Test
    void malformedDecimalIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(DECIMAL_20_6, "1,5", BigDecimal.class))
            .withMessageStartingWith("Malformed value '1,5' in column 'v'");
    }
}
