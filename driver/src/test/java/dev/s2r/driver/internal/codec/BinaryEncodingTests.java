/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static dev.s2r.driver.internal.codec.Fixtures.CODECS;
import static dev.s2r.driver.internal.codec.Fixtures.binary;
import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.context;
import static dev.s2r.driver.internal.codec.Fixtures.encode;
import static dev.s2r.driver.internal.codec.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Bind values in the binary form of {@code COM_STMT_EXECUTE}: the announced type, the UNSIGNED flag and the exact
 * value bytes.
 */
class BinaryEncodingTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void booleanIsTinyOneOrZero() {
        Parameter parameter = encode(true);
        assertThat(parameter.type()).isEqualTo(DataTypes.TINY);
        assertThat(binary(parameter)).containsExactly(1);
        assertThat(binary(encode(false))).containsExactly(0);
    }

    @Test
    void byteIsTiny() {
        Parameter parameter = encode((byte) -1);
        assertThat(parameter.type()).isEqualTo(DataTypes.TINY);
        assertThat(parameter.unsigned()).isFalse();
        assertThat(binary(parameter)).containsExactly(bytes(0xFF));
    }

    @Test
    void shortIsTwoLittleEndianBytes() {
        Parameter parameter = encode((short) -27897);
        assertThat(parameter.type()).isEqualTo(DataTypes.SHORT);
        assertThat(binary(parameter)).containsExactly(bytes(0x07, 0x93));
    }

    @Test
    void integerIsFourLittleEndianBytes() {
        Parameter parameter = encode(-1295369311);
        assertThat(parameter.type()).isEqualTo(DataTypes.LONG);
        assertThat(binary(parameter)).containsExactly(bytes(0xA1, 0x3B, 0xCA, 0xB2));
    }

    @Test
    void longIsEightLittleEndianBytes() {
        Parameter parameter = encode(-266883847L);
        assertThat(parameter.type()).isEqualTo(DataTypes.LONGLONG);
        assertThat(parameter.unsigned()).isFalse();
        assertThat(binary(parameter)).containsExactly(bytes(0xF9, 0xAC, 0x17, 0xF0, 0xFF, 0xFF, 0xFF, 0xFF));
    }

    @Test
    void bigIntegerUpToUnsignedBigintMaximumIsUnsignedLonglong() {
        Parameter parameter = encode(new BigInteger("18446744073709551615"));
        assertThat(parameter.type()).isEqualTo(DataTypes.LONGLONG);
        assertThat(parameter.unsigned()).isTrue();
        assertThat(binary(parameter)).containsExactly(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
    }

    @Test
    void bigIntegerWithinLongRangeIsSignedLonglong() {
        Parameter parameter = encode(BigInteger.valueOf(-2));
        assertThat(parameter.unsigned()).isFalse();
        assertThat(binary(parameter)).containsExactly(bytes(0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
        assertThat(encode(BigInteger.valueOf(Long.MAX_VALUE)).unsigned()).isFalse();
    }

    @Test
    void bigIntegerBeyondUnsignedBigintIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> encode(BigInteger.ONE.shiftLeft(64)))
            .withMessageContaining("18446744073709551616");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> encode(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)));
    }

    @Test
    void floatIsFourLittleEndianBytes() {
        Parameter parameter = encode(1.1f);
        assertThat(parameter.type()).isEqualTo(DataTypes.FLOAT);
        assertThat(binary(parameter)).containsExactly(bytes(0xCD, 0xCC, 0x8C, 0x3F));
    }

    @Test
    void doubleIsEightLittleEndianBytes() {
        Parameter parameter = encode(-474646154.719356);
        assertThat(parameter.type()).isEqualTo(DataTypes.DOUBLE);
        assertThat(binary(parameter)).containsExactly(bytes(0xB7, 0x27, 0xB8, 0x8A, 0x86, 0x4A, 0xBC, 0xC1));
    }

    @Test
    void notANumberAndInfinityAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> encode(Double.NaN))
            .withMessage("Cannot bind java.lang.Double value NaN: SingleStore cannot store NaN or infinity");
        assertThatIllegalArgumentException().isThrownBy(() -> encode(Double.NEGATIVE_INFINITY));
        assertThatIllegalArgumentException().isThrownBy(() -> encode(Float.POSITIVE_INFINITY));
        assertThatIllegalArgumentException().isThrownBy(() -> encode(Float.NaN));
    }

    @Test
    void bigDecimalIsLengthEncodedPlainText() {
        Parameter parameter = encode(new BigDecimal("-99999999999999.999999"));
        assertThat(parameter.type()).isEqualTo(DataTypes.NEWDECIMAL);
        assertThat(binary(parameter)).startsWith(22).endsWith(utf8("-99999999999999.999999")).hasSize(23);
    }

    @Test
    void bigDecimalIsNeverScientific() {
        assertThat(binary(encode(new BigDecimal("1E+3")))).containsExactly(bytes(4, '1', '0', '0', '0'));
    }

    @Test
    void stringIsLengthEncodedUtf8VarString() {
        Parameter parameter = encode("h\u00e9");
        assertThat(parameter.type()).isEqualTo(DataTypes.VAR_STRING);
        assertThat(binary(parameter)).containsExactly(bytes(3, 'h', 0xC3, 0xA9));
    }

    @Test
    void longStringHasAThreeByteLength() {
        byte[] value = binary(encode("x".repeat(300)));
        assertThat(value).hasSize(303);
        assertThat(value).startsWith(bytes(0xFC, 0x2C, 0x01, 'x'));
    }

    @Test
    void uuidCharSequenceAndEnumAreStrings() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(binary(encode(uuid))).endsWith(utf8(uuid.toString()));
        assertThat(binary(encode(new StringBuilder("ab")))).containsExactly(bytes(2, 'a', 'b'));
        assertThat(binary(encode(ChronoUnit.DAYS))).containsExactly(bytes(4, 'D', 'A', 'Y', 'S'));
        assertThat(encode(ChronoUnit.DAYS).type()).isEqualTo(DataTypes.VAR_STRING);
    }

    @Test
    void byteArrayIsLengthEncodedBlob() {
        Parameter parameter = encode(bytes(0, 0xFF));
        assertThat(parameter.type()).isEqualTo(DataTypes.BLOB);
        assertThat(binary(parameter)).containsExactly(bytes(2, 0, 0xFF));
    }

    @Test
    void byteArrayIsCopiedWhenBound() {
        byte[] value = bytes(1, 2);
        Parameter parameter = encode(value);
        value[0] = 9;
        assertThat(binary(parameter)).containsExactly(bytes(2, 1, 2));
    }

    @Test
    void byteBufferBindsItsRemainingBytesWithoutMovingItsPosition() {
        ByteBuffer value = ByteBuffer.wrap(bytes(1, 2, 3, 4));
        value.position(1);
        Parameter parameter = encode(value);
        assertThat(value.position()).isEqualTo(1);
        assertThat(parameter.type()).isEqualTo(DataTypes.BLOB);
        assertThat(binary(parameter)).containsExactly(bytes(3, 2, 3, 4));
    }

    @Test
    void localDateIsFourByteDateStruct() {
        Parameter parameter = encode(LocalDate.of(8524, 11, 10));
        assertThat(parameter.type()).isEqualTo(DataTypes.DATE);
        assertThat(binary(parameter)).containsExactly(bytes(4, 0x4C, 0x21, 11, 10));
    }

    @Test
    void localDateTimeWithoutFractionIsSevenByteStruct() {
        Parameter parameter = encode(LocalDateTime.of(9948, 3, 11, 15, 29, 22));
        assertThat(parameter.type()).isEqualTo(DataTypes.DATETIME);
        assertThat(binary(parameter)).containsExactly(bytes(7, 0xDC, 0x26, 3, 11, 15, 29, 22));
    }

    @Test
    void localDateTimeWithMicrosecondsIsElevenByteStruct() {
        LocalDateTime value = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999);
        assertThat(binary(encode(value)))
            .containsExactly(bytes(11, 0x0F, 0x27, 12, 31, 23, 59, 59, 0x3F, 0x42, 0x0F, 0x00));
    }

    @Test
    void yearBeyondFourDigitsIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> encode(LocalDate.of(10000, 1, 1)))
            .withMessageContaining("0..9999");
    }

    @Test
    void instantIsDatetimeInTheSessionZone() {
        Parameter parameter = CODECS.encode(Instant.parse("1980-12-30T19:40:23Z"), context(KOLKATA, false));
        assertThat(parameter.type()).isEqualTo(DataTypes.DATETIME);
        assertThat(binary(parameter)).containsExactly(bytes(7, 0xBC, 0x07, 12, 31, 1, 10, 23));
    }

    @Test
    void offsetAndZonedDateTimesAreDatetimesInTheSessionZone() {
        OffsetDateTime offset = OffsetDateTime.of(1980, 12, 31, 3, 10, 23, 0, ZoneOffset.ofHours(2));
        ZonedDateTime zoned = offset.atZoneSameInstant(ZoneId.of("America/New_York"));
        byte[] expected = bytes(7, 0xBC, 0x07, 12, 31, 1, 10, 23);
        assertThat(binary(CODECS.encode(offset, context(ZoneOffset.UTC, false)))).containsExactly(expected);
        assertThat(binary(CODECS.encode(zoned, context(ZoneOffset.UTC, false)))).containsExactly(expected);
    }

    @Test
    void localTimeIsTimeStruct() {
        Parameter parameter = encode(LocalTime.of(23, 59, 59, 999_999_000));
        assertThat(parameter.type()).isEqualTo(DataTypes.TIME);
        assertThat(binary(parameter)).containsExactly(bytes(12, 0, 0, 0, 0, 0, 23, 59, 59, 0x3F, 0x42, 0x0F, 0x00));
        assertThat(binary(encode(LocalTime.of(0, 7)))).containsExactly(bytes(8, 0, 0, 0, 0, 0, 0, 7, 0));
    }

    @Test
    void negativeDurationIsTimeStructWithSignAndDays() {
        Duration value = Duration.ofHours(838).plusMinutes(59).plusSeconds(59).plusNanos(999_999_000).negated();
        Parameter parameter = encode(value);
        assertThat(parameter.type()).isEqualTo(DataTypes.TIME);
        assertThat(binary(parameter)).containsExactly(bytes(12, 1, 34, 0, 0, 0, 22, 59, 59, 0x3F, 0x42, 0x0F, 0x00));
    }

    @Test
    void durationBelowAMicrosecondIsZero() {
        assertThat(binary(encode(Duration.ofNanos(-500)))).containsExactly(bytes(8, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void yearIsSmallint() {
        Parameter parameter = encode(Year.of(1923));
        assertThat(parameter.type()).isEqualTo(DataTypes.SHORT);
        assertThat(binary(parameter)).containsExactly(bytes(0x83, 0x07));
    }
}
