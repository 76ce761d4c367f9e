/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.ZeroDateOption;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.column;
import static dev.s2r.driver.internal.codec.Fixtures.context;
import static dev.s2r.driver.internal.codec.Fixtures.decode;
import static dev.s2r.driver.internal.codec.Fixtures.decodeBinary;
import static dev.s2r.driver.internal.codec.Fixtures.decodeText;
import static dev.s2r.driver.internal.codec.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * DATE, DATETIME and TIMESTAMP columns in both protocols, including microseconds, zero dates and time zones.
 */
class DateAndDateTimeDecodingTests {

    private static final ColumnDefinition DATE = column(DataTypes.DATE, 10);
    private static final ColumnDefinition DATETIME = column(DataTypes.DATETIME, 19);
    private static final ColumnDefinition DATETIME_6 = column(DataTypes.DATETIME, 0, 63, 26, 6);
    private static final ColumnDefinition TIMESTAMP = column(DataTypes.TIMESTAMP, 19);

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final byte[] DATETIME_9948 = bytes(0xDC, 0x26, 3, 11, 15, 29, 22);
    private static final CodecContext EXCEPTION = new CodecContext() {
        @Override
        public ZoneId sessionZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public boolean noBackslashEscapes() {
            return false;
        }

        @Override
        public ZeroDateOption zeroDateOption() {
            return ZeroDateOption.EXCEPTION;
        }
    };

    @Test
    void dateReadsAsLocalDate() {
        assertThat(decodeText(DATE, "8524-11-10", Object.class)).isEqualTo(LocalDate.of(8524, 11, 10));
        assertThat(decodeBinary(DATE, bytes(0x4C, 0x21, 11, 10), Object.class)).isEqualTo(LocalDate.of(8524, 11, 10));
    }

    @Test
    void dateMaximumReadsAsLocalDate() {
        assertThat(decodeText(DATE, "9999-12-31", LocalDate.class)).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(decodeBinary(DATE, bytes(0x0F, 0x27, 12, 31), LocalDate.class))
            .isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void dateReadsAsLocalDateTimeAtMidnight() {
        assertThat(decodeText(DATE, "1000-01-01", LocalDateTime.class)).isEqualTo(LocalDateTime.of(1000, 1, 1, 0, 0));
    }

    @Test
    void datetimeReadsAsLocalDateTime() {
        LocalDateTime expected = LocalDateTime.of(9948, 3, 11, 15, 29, 22);
        assertThat(decodeText(DATETIME, "9948-03-11 15:29:22", Object.class)).isEqualTo(expected);
        assertThat(decodeBinary(DATETIME, DATETIME_9948, Object.class)).isEqualTo(expected);
    }

    @Test
    void datetimeWithMicrosecondsReadsExactly() {
        LocalDateTime expected = LocalDateTime.of(1756, 10, 29, 2, 2, 42, 8_000);
        byte[] field = bytes(0xDC, 0x06, 10, 29, 2, 2, 42, 8, 0, 0, 0);
        assertThat(decodeText(DATETIME_6, "1756-10-29 02:02:42.000008", Object.class)).isEqualTo(expected);
        assertThat(decodeBinary(DATETIME_6, field, Object.class)).isEqualTo(expected);
    }

    @Test
    void datetimeMaximumReadsExactly() {
        LocalDateTime expected = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
        byte[] field = bytes(0x0F, 0x27, 12, 31, 23, 59, 59, 0x3F, 0x42, 0x0F, 0x00);
        assertThat(decodeText(DATETIME_6, "9999-12-31 23:59:59.999999", LocalDateTime.class)).isEqualTo(expected);
        assertThat(decodeBinary(DATETIME_6, field, LocalDateTime.class)).isEqualTo(expected);
    }

    @Test
    void shortTextFractionIsScaledToMicroseconds() {
        assertThat(decodeText(DATETIME_6, "2020-01-02 03:04:05.5", LocalDateTime.class))
            .isEqualTo(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 500_000_000));
    }

    @Test
    void binaryDatetimeOfFourBytesIsMidnight() {
        assertThat(decodeBinary(DATETIME, bytes(0xE4, 0x07, 1, 2), LocalDateTime.class))
            .isEqualTo(LocalDateTime.of(2020, 1, 2, 0, 0));
    }

    @Test
    void timestampReadsAsLocalDateTime() {
        LocalDateTime expected = LocalDateTime.of(1980, 12, 31, 1, 10, 23);
        assertThat(decodeText(TIMESTAMP, "1980-12-31 01:10:23", Object.class)).isEqualTo(expected);
        assertThat(decodeBinary(TIMESTAMP, bytes(0xBC, 0x07, 12, 31, 1, 10, 23), Object.class)).isEqualTo(expected);
    }

    @Test
    void datetimeReadsAsItsDateAndItsTime() {
        assertThat(decodeBinary(DATETIME, DATETIME_9948, LocalDate.class)).isEqualTo(LocalDate.of(9948, 3, 11));
        assertThat(decodeBinary(DATETIME, DATETIME_9948, LocalTime.class)).isEqualTo(LocalTime.of(15, 29, 22));
    }

    @Test
    void datetimeReadsAsInstantInTheSessionZone() {
        Instant instant = decode(TIMESTAMP, utf8("1980-12-31 01:10:23"), false, Instant.class,
            context(KOLKATA, false));
        assertThat(instant).isEqualTo(Instant.parse("1980-12-30T19:40:23Z"));
    }

    @Test
    void datetimeReadsAsOffsetDateTimeInTheSessionZone() {
        OffsetDateTime value = decode(DATETIME, DATETIME_9948, true, OffsetDateTime.class, context(KOLKATA, false));
        assertThat(value).isEqualTo(OffsetDateTime.of(9948, 3, 11, 15, 29, 22, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void datetimeReadsAsZonedDateTimeInTheSessionZone() {
        ZonedDateTime value = decode(DATETIME, DATETIME_9948, true, ZonedDateTime.class, context(KOLKATA, false));
        assertThat(value).isEqualTo(ZonedDateTime.of(9948, 3, 11, 15, 29, 22, 0, KOLKATA));
    }

    @Test
    void zeroDateReadsAsNullByDefault() {
        assertThat(decodeText(DATE, "0000-00-00", LocalDate.class)).isNull();
        assertThat(decodeText(DATETIME, "0000-00-00 00:00:00", Object.class)).isNull();
        assertThat(decodeBinary(DATETIME, new byte[0], LocalDateTime.class)).isNull();
        assertThat(decodeBinary(TIMESTAMP, new byte[0], Instant.class)).isNull();
    }

    @Test
    void textZeroDateCannotBeRepresentedWithTheExceptionOption() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decode(DATE, utf8("0000-00-00"), false, LocalDate.class, EXCEPTION))
            .withMessage("Column 'v' of type DATE holds the zero date '0000-00-00', which cannot be represented as "
                + "java.time.LocalDate");
    }

    @Test
    void textZeroDatetimeCannotBeRepresentedWithTheExceptionOption() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decode(DATETIME, utf8("0000-00-00 00:00:00"), false, Object.class, EXCEPTION))
            .withMessageContaining("zero date '0000-00-00 00:00:00'")
            .withMessageContaining("cannot be represented");
    }

    @Test
    void binaryZeroDateOfLengthZeroCannotBeRepresentedWithTheExceptionOption() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decode(DATETIME, new byte[0], true, LocalDateTime.class, EXCEPTION))
            .withMessageContaining("zero date");
    }

    @Test
    void dateWithZeroDayCannotBeRepresentedWithTheExceptionOption() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decode(DATE, utf8("2020-01-00"), false, LocalDate.class, EXCEPTION))
            .withMessageContaining("'2020-01-00', which cannot be represented");
    }

    @Test
    void zeroDateReadsAsText() {
        assertThat(decodeBinary(DATE, new byte[0], String.class)).isEqualTo("0000-00-00");
        assertThat(decodeText(DATETIME, "0000-00-00 00:00:00", String.class)).isEqualTo("0000-00-00 00:00:00");
    }

    @Test
    void datetimeReadsAsTextWithTheColumnsDecimals() {
        byte[] field = bytes(0xDC, 0x06, 10, 29, 2, 2, 42, 8, 0, 0, 0);
        assertThat(decodeBinary(DATETIME_6, field, String.class)).isEqualTo("1756-10-29 02:02:42.000008");
        assertThat(decodeText(DATETIME_6, "1756-10-29 02:02:42.000008", String.class))
            .isEqualTo("1756-10-29 02:02:42.000008");
        assertThat(decodeBinary(DATETIME, DATETIME_9948, String.class)).isEqualTo("9948-03-11 15:29:22");
    }

    @Test
    void malformedDateIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(DATE, "2020/01/01", LocalDate.class))
            .withMessage("Malformed value '2020/01/01' in column 'v' of type DATE");
    }

    @Test
    void textDateTimeWithAShortFractionIsScaledToMicroseconds() {
        assertThat(decodeText(DATETIME_6, "2020-01-02 03:04:05.123", LocalDateTime.class))
            .isEqualTo(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 123_000_000));
        assertThat(decodeText(DATETIME_6, "2020-01-02 03:04:05.12345", LocalDateTime.class))
            .isEqualTo(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 123_450_000));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2020-01-02 03:04:0x", "2020-01-02T03:04:05",
        "2020-01-02 03:04:05.", "2020-01-02 03:04:05.12a456", "2020-01-02 03:04:05,123456", "2020-01-02 03-04-05"})
    void malformedTextDateTimeOfTheUsualLengthIsRejected(String text) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(DATETIME_6, text, LocalDateTime.class))
            .withMessageStartingWith("Malformed value '" + text + "'");
    }

    @Test
    void dateDoesNotReadAsInstant() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(DATE, "2020-01-01", Instant.class))
            .withMessage("Cannot decode column 'v' of type DATE as java.time.Instant");
    }

    @Test
    void aWrongCharacterAnywhereInTheUsualLayoutIsRejected() {
        String valid = "2020-01-02 03:04:05.123456";
        for (int at = 0; at < valid.length(); at++) {
            for (char wrong : new char[]{'/', ':', 'x', Character.isDigit(valid.charAt(at)) ? '-' : '0'}) {
                if (wrong == valid.charAt(at)) {
                    continue;
                }
                String text = valid.substring(0, at) + wrong + valid.substring(at + 1);
                assertThatIllegalArgumentException().as(text)
                    .isThrownBy(() -> decodeText(DATETIME_6, text, LocalDateTime.class))
                    .withMessageStartingWith("Malformed value '" + text + "'");
            }
        }
    }

    @Test
    void randomCanonicalDateTimesOfEveryFractionLengthDecodeExactly() {
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 5_000; n++) {
            int fractionDigits = random.nextInt(7);
            LocalDateTime expected = LocalDateTime.of(1000 + random.nextInt(9000), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
            String fraction = "";
            if (fractionDigits > 0) {
                int value = random.nextInt((int) Math.pow(10, fractionDigits));
                fraction = "." + String.format("%0" + fractionDigits + "d", value);
                expected = expected.plusNanos(value * (long) Math.pow(10, 9 - fractionDigits));
            }
            String text = expected.toLocalDate() + " " + String.format("%02d:%02d:%02d", expected.getHour(),
                expected.getMinute(), expected.getSecond()) + fraction;
            assertThat(decodeText(DATETIME, text, LocalDateTime.class)).as(text).isEqualTo(expected);
        }
    }
}
