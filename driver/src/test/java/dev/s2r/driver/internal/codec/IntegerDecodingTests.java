/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;

import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.column;
import static dev.s2r.driver.internal.codec.Fixtures.decodeBinary;
import static dev.s2r.driver.internal.codec.Fixtures.decodeText;
import static dev.s2r.driver.internal.codec.Fixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Integral columns (TINYINT to BIGINT, YEAR) in both protocols: default types, conversions and range checks.
 * Values come from the {@code alltypes} reference table.
 */
class IntegerDecodingTests {

    private static final ColumnDefinition TINYINT = column(DataTypes.TINY, 4);
    private static final ColumnDefinition TINYINT_UNSIGNED = unsigned(DataTypes.TINY, 3);
    private static final ColumnDefinition BOOLEAN = column(DataTypes.TINY, 1);
    private static final ColumnDefinition SMALLINT = column(DataTypes.SHORT, 6);
    private static final ColumnDefinition SMALLINT_UNSIGNED = unsigned(DataTypes.SHORT, 5);
    private static final ColumnDefinition MEDIUMINT = column(DataTypes.INT24, 9);
    private static final ColumnDefinition MEDIUMINT_UNSIGNED = unsigned(DataTypes.INT24, 8);
    private static final ColumnDefinition INT = column(DataTypes.LONG, 11);
    private static final ColumnDefinition INT_UNSIGNED = unsigned(DataTypes.LONG, 10);
    private static final ColumnDefinition BIGINT = column(DataTypes.LONGLONG, 20);
    private static final ColumnDefinition BIGINT_UNSIGNED = unsigned(DataTypes.LONGLONG, 20);
    private static final ColumnDefinition YEAR = unsigned(DataTypes.YEAR, 4);

    private static final byte[] UNSIGNED_BIGINT_MAX = bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);

    @Test
    void tinyintReadsAsByte() {
        assertThat(decodeText(TINYINT, "80", Object.class)).isEqualTo((byte) 80);
        assertThat(decodeBinary(TINYINT, bytes(80), Object.class)).isEqualTo((byte) 80);
    }

    @Test
    void tinyintMinimumReadsAsByte() {
        assertThat(decodeText(TINYINT, "-128", Object.class)).isEqualTo((byte) -128);
        assertThat(decodeBinary(TINYINT, bytes(0x80), Object.class)).isEqualTo((byte) -128);
    }

    @Test
    void unsignedTinyintReadsAsShort() {
        assertThat(decodeText(TINYINT_UNSIGNED, "255", Object.class)).isEqualTo((short) 255);
        assertThat(decodeBinary(TINYINT_UNSIGNED, bytes(0xFF), Object.class)).isEqualTo((short) 255);
    }

    @Test
    void tinyintOfLengthOneReadsAsBoolean() {
        assertThat(decodeText(BOOLEAN, "1", Object.class)).isEqualTo(true);
        assertThat(decodeBinary(BOOLEAN, bytes(0), Object.class)).isEqualTo(false);
    }

    @Test
    void tinyintOfLengthOneStillReadsAsNumberOnRequest() {
        assertThat(decodeText(BOOLEAN, "1", Integer.class)).isEqualTo(1);
        assertThat(decodeBinary(BOOLEAN, bytes(1), Byte.class)).isEqualTo((byte) 1);
    }

    @Test
    void smallintReadsAsShort() {
        assertThat(decodeText(SMALLINT, "-27897", Object.class)).isEqualTo((short) -27897);
        assertThat(decodeBinary(SMALLINT, bytes(0x07, 0x93), Object.class)).isEqualTo((short) -27897);
    }

    @Test
    void unsignedSmallintReadsAsInteger() {
        assertThat(decodeText(SMALLINT_UNSIGNED, "27897", Object.class)).isEqualTo(27897);
        assertThat(decodeBinary(SMALLINT_UNSIGNED, bytes(0xF9, 0x6C), Object.class)).isEqualTo(27897);
    }

    @Test
    void mediumintReadsAsIntegerFromFourBinaryBytes() {
        assertThat(decodeText(MEDIUMINT, "-200899", Object.class)).isEqualTo(-200899);
        assertThat(decodeBinary(MEDIUMINT, bytes(0x3D, 0xEF, 0xFC, 0xFF), Object.class)).isEqualTo(-200899);
    }

    @Test
    void unsignedMediumintReadsAsInteger() {
        assertThat(decodeText(MEDIUMINT_UNSIGNED, "104729", Object.class)).isEqualTo(104729);
        assertThat(decodeBinary(MEDIUMINT_UNSIGNED, bytes(0x19, 0x99, 0x01, 0x00), Object.class)).isEqualTo(104729);
    }

    @Test
    void intReadsAsInteger() {
        assertThat(decodeText(INT, "-1295369311", Object.class)).isEqualTo(-1295369311);
        assertThat(decodeBinary(INT, bytes(0xA1, 0x3B, 0xCA, 0xB2), Object.class)).isEqualTo(-1295369311);
    }

    @Test
    void unsignedIntReadsAsLong() {
        assertThat(decodeText(INT_UNSIGNED, "3872362332", Object.class)).isEqualTo(3872362332L);
        assertThat(decodeBinary(INT_UNSIGNED, bytes(0x5C, 0x8F, 0xCF, 0xE6), Object.class)).isEqualTo(3872362332L);
    }

    @Test
    void bigintReadsAsLong() {
        byte[] field = bytes(0xF9, 0xAC, 0x17, 0xF0, 0xFF, 0xFF, 0xFF, 0xFF);
        assertThat(decodeText(BIGINT, "-266883847", Object.class)).isEqualTo(-266883847L);
        assertThat(decodeBinary(BIGINT, field, Object.class)).isEqualTo(-266883847L);
    }

    @Test
    void bigintMinimumReadsAsLong() {
        byte[] field = bytes(0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80);
        assertThat(decodeText(BIGINT, "-9223372036854775808", Object.class)).isEqualTo(Long.MIN_VALUE);
        assertThat(decodeBinary(BIGINT, field, Object.class)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void unsignedBigintReadsAsBigInteger() {
        byte[] field = bytes(0x42, 0x7A, 0xFC, 0x2C, 0xE4, 0x00, 0x00, 0x00);
        assertThat(decodeText(BIGINT_UNSIGNED, "980007287362", Object.class))
            .isEqualTo(BigInteger.valueOf(980007287362L));
        assertThat(decodeBinary(BIGINT_UNSIGNED, field, Object.class)).isEqualTo(BigInteger.valueOf(980007287362L));
    }

    @Test
    void unsignedBigintMaximumReadsExactly() {
        BigInteger max = new BigInteger("18446744073709551615");
        assertThat(decodeText(BIGINT_UNSIGNED, "18446744073709551615", Object.class)).isEqualTo(max);
        assertThat(decodeBinary(BIGINT_UNSIGNED, UNSIGNED_BIGINT_MAX, Object.class)).isEqualTo(max);
    }

    @Test
    void unsignedBigintMaximumReadsAsTextAndDecimal() {
        assertThat(decodeBinary(BIGINT_UNSIGNED, UNSIGNED_BIGINT_MAX, String.class))
            .isEqualTo("18446744073709551615");
        assertThat(decodeText(BIGINT_UNSIGNED, "18446744073709551615", BigDecimal.class))
            .isEqualTo(new BigDecimal("18446744073709551615"));
    }

    @Test
    void unsignedBigintAboveLongRangeDoesNotFitLong() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeBinary(BIGINT_UNSIGNED, UNSIGNED_BIGINT_MAX, Long.class))
            .withMessage("Value 18446744073709551615 of column 'v' of type BIGINT UNSIGNED does not fit in "
                + "java.lang.Long");
    }

    @Test
    void unsignedBigintWithinLongRangeReadsAsLong() {
        assertThat(decodeText(BIGINT_UNSIGNED, "9223372036854775807", Long.class)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void yearReadsAsShort() {
        assertThat(decodeText(YEAR, "1923", Object.class)).isEqualTo((short) 1923);
        assertThat(decodeBinary(YEAR, bytes(0x83, 0x07), Object.class)).isEqualTo((short) 1923);
    }

    @Test
    void yearReadsAsIntegerAndYear() {
        assertThat(decodeBinary(YEAR, bytes(0x83, 0x07), Integer.class)).isEqualTo(1923);
        assertThat(decodeText(YEAR, "2155", Year.class)).isEqualTo(Year.of(2155));
        assertThat(decodeBinary(YEAR, bytes(0x83, 0x07), Year.class)).isEqualTo(Year.of(1923));
    }

    @Test
    void integerWidensToEveryWiderNumberType() {
        assertThat(decodeText(INT, "-1295369311", Long.class)).isEqualTo(-1295369311L);
        assertThat(decodeText(INT, "-1295369311", BigInteger.class)).isEqualTo(BigInteger.valueOf(-1295369311));
        assertThat(decodeText(INT, "-1295369311", BigDecimal.class)).isEqualTo(BigDecimal.valueOf(-1295369311));
        assertThat(decodeText(INT, "-1295369311", Double.class)).isEqualTo(-1295369311.0);
        assertThat(decodeText(INT, "16777216", Float.class)).isEqualTo(16777216f);
    }

    @Test
    void integerNarrowsWhenTheValueFits() {
        assertThat(decodeBinary(BIGINT, bytes(0x2C, 0x01, 0, 0, 0, 0, 0, 0), Short.class)).isEqualTo((short) 300);
        assertThat(decodeText(INT, "-128", Byte.class)).isEqualTo((byte) -128);
    }

    @Test
    void integerOutOfRangeOfTheRequestedTypeIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeBinary(SMALLINT, bytes(0x2C, 0x01), Byte.class))
            .withMessage("Value 300 of column 'v' of type SMALLINT does not fit in java.lang.Byte");
    }

    @Test
    void unsignedIntAboveIntegerRangeIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeBinary(INT_UNSIGNED, bytes(0x5C, 0x8F, 0xCF, 0xE6), Integer.class))
            .withMessageContaining("3872362332")
            .withMessageContaining("java.lang.Integer");
    }

    @Test
    void integerReadsAsBooleanByZeroOrNot() {
        assertThat(decodeText(INT, "0", Boolean.class)).isFalse();
        assertThat(decodeText(INT, "-7", Boolean.class)).isTrue();
        assertThat(decodeBinary(BIGINT_UNSIGNED, UNSIGNED_BIGINT_MAX, Boolean.class)).isTrue();
    }

    @Test
    void integerReadsAsText() {
        assertThat(decodeBinary(SMALLINT, bytes(0x07, 0x93), String.class)).isEqualTo("-27897");
        assertThat(decodeText(SMALLINT, "-27897", String.class)).isEqualTo("-27897");
    }

    @Test
    void yearReadsAsTextInFourDigitsAsTheServerWritesIt() {
        assertThat(decodeBinary(YEAR, bytes(0x00, 0x00), String.class)).isEqualTo("0000");
        assertThat(decodeBinary(YEAR, bytes(0xE8, 0x07), String.class)).isEqualTo("2024");
        assertThat(decodeText(YEAR, "0000", String.class)).isEqualTo("0000");
    }

    @Test
    void supertypeOfTheDefaultTypeGetsTheDefaultType() {
        assertThat(decodeText(INT, "42", Number.class)).isEqualTo(42);
        assertThat(decodeText(BIGINT_UNSIGNED, "42", Number.class)).isEqualTo(BigInteger.valueOf(42));
    }

    @Test
    void primitiveClassGetsItsWrapper() {
        Object value = decodeText(INT, "42", int.class);
        assertThat(value).isEqualTo(42);
    }

    @Test
    void malformedTextIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(INT, "12a", Integer.class))
            .withMessage("Malformed value '12a' in column 'v' of type INT");
    }

    @Test
    void integerDoesNotReadAsTemporal() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(INT, "1", java.time.LocalDate.class))
            .withMessage("Cannot decode column 'v' of type INT as java.time.LocalDate");
    }
}
