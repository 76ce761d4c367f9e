/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;

import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.column;
import static dev.s2r.driver.internal.codec.Fixtures.decodeBinary;
import static dev.s2r.driver.internal.codec.Fixtures.decodeText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * TIME columns: signed durations of up to 838 hours with microseconds, in both protocols.
 */
class TimeDecodingTests {

    private static final ColumnDefinition TIME = column(DataTypes.TIME, 10);
    private static final ColumnDefinition TIME_6 = column(DataTypes.TIME, 0, 63, 17, 6);

    /** {@code -838:59:59}: negative, 34 days and 22:59:59. */
    private static final byte[] MINIMUM = bytes(1, 34, 0, 0, 0, 22, 59, 59);
    /** {@code 838:59:59.999999}. */
    private static final byte[] MAXIMUM_6 = bytes(0, 34, 0, 0, 0, 22, 59, 59, 0x3F, 0x42, 0x0F, 0x00);

    @Test
    void timeReadsAsDuration() {
        assertThat(decodeText(TIME, "00:07:00", Object.class)).isEqualTo(Duration.ofMinutes(7));
        assertThat(decodeBinary(TIME, bytes(0, 0, 0, 0, 0, 0, 7, 0), Object.class)).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void timeWithMicrosecondsReadsExactly() {
        Duration expected = Duration.ofHours(1).plusMinutes(10).plusNanos(2_000);
        assertThat(decodeText(TIME_6, "01:10:00.000002", Duration.class)).isEqualTo(expected);
        assertThat(decodeBinary(TIME_6, bytes(0, 0, 0, 0, 0, 1, 10, 0, 2, 0, 0, 0), Duration.class))
            .isEqualTo(expected);
    }

    @Test
    void negativeTimeMinimumReadsExactly() {
        Duration expected = Duration.ofHours(838).plusMinutes(59).plusSeconds(59).negated();
        assertThat(decodeText(TIME, "-838:59:59", Duration.class)).isEqualTo(expected);
        assertThat(decodeBinary(TIME, MINIMUM, Duration.class)).isEqualTo(expected);
    }

    @Test
    void timeMaximumWithMicrosecondsReadsExactly() {
        Duration expected = Duration.ofHours(838).plusMinutes(59).plusSeconds(59).plusNanos(999_999_000);
        assertThat(decodeText(TIME_6, "838:59:59.999999", Duration.class)).isEqualTo(expected);
        assertThat(decodeBinary(TIME_6, MAXIMUM_6, Duration.class)).isEqualTo(expected);
    }

    @Test
    void negativeTimeWithMicrosecondsIsNegatedAsAWhole() {
        Duration expected = Duration.ofSeconds(1, 500_000).negated();
        assertThat(decodeText(TIME_6, "-00:00:01.000500", Duration.class)).isEqualTo(expected);
        assertThat(decodeBinary(TIME_6, bytes(1, 0, 0, 0, 0, 0, 0, 1, 0xF4, 0x01, 0, 0), Duration.class))
            .isEqualTo(expected);
    }

    @Test
    void zeroTimeReadsAsZeroDuration() {
        assertThat(decodeText(TIME, "00:00:00", Duration.class)).isEqualTo(Duration.ZERO);
        assertThat(decodeBinary(TIME, new byte[0], Duration.class)).isEqualTo(Duration.ZERO);
    }

    @Test
    void timeWithinADayReadsAsLocalTime() {
        LocalTime expected = LocalTime.of(23, 59, 59, 999_999_000);
        assertThat(decodeText(TIME_6, "23:59:59.999999", LocalTime.class)).isEqualTo(expected);
        assertThat(decodeBinary(TIME_6, bytes(0, 0, 0, 0, 0, 23, 59, 59, 0x3F, 0x42, 0x0F, 0x00), LocalTime.class))
            .isEqualTo(expected);
    }

    @Test
    void zeroTimeReadsAsMidnight() {
        assertThat(decodeBinary(TIME, new byte[0], LocalTime.class)).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void timeOfTwentyFourHoursIsNotALocalTime() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(TIME, "24:00:00", LocalTime.class))
            .withMessage("TIME value '24:00:00' of column 'v' is outside the range of java.time.LocalTime "
                + "[00:00:00, 24:00:00); read it as java.time.Duration")
            .withNoCause();
    }

    @Test
    void negativeTimeIsNotALocalTime() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeBinary(TIME, MINIMUM, LocalTime.class))
            .withMessageStartingWith("TIME value '-838:59:59' of column 'v' is outside the range")
            .withNoCause();
    }

    @Test
    void timeReadsAsTextWithTheColumnsDecimals() {
        assertThat(decodeBinary(TIME, MINIMUM, String.class)).isEqualTo("-838:59:59");
        assertThat(decodeBinary(TIME_6, MAXIMUM_6, String.class)).isEqualTo("838:59:59.999999");
        assertThat(decodeBinary(TIME, new byte[0], String.class)).isEqualTo("00:00:00");
    }

    @Test
    void malformedTimeIsRejected() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> decodeText(TIME, "12:3:00", Duration.class))
            .withMessage("Malformed value '12:3:00' in column 'v' of type TIME");
    }
}
