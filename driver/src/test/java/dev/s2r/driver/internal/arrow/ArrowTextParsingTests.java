/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DurationVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Arrow columns read text as the JDK does: DOUBLE text (including the exact fast path for short decimals),
 * DATETIME text, and TIME durations (the parsers themselves are tested in {@code internal.util}).
 */
final class ArrowTextParsingTests {

    @Test
    void doublesParseExactlyAsDoubleParseDouble() {
        List<String> texts = new ArrayList<>(List.of("0", "-0", "1", "0.5", "-474646154.719356", "12345.75",
            "1.7976931348623157e308", "-2.2250738585072014e-308", "123456789012345", "1234567890123456",
            "0.1", "0.000000000000000001", "99999999999999.999", "4.35", "-0.0001", "1e5", "007.25"));
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = random.nextLong() % (i % 2 == 0 ? 1_000_000_000_000_000L : 1_000_000_000L);
            texts.add(BigDecimal.valueOf(unscaled, random.nextInt(19)).toPlainString());
            texts.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(30) - 10)));
        }
        ColumnDefinition column = ColumnDefinition.of("d", DataTypes.DOUBLE, 0, DataTypes.BINARY_CHARSET, 22, 31);
        try (BufferAllocator allocator = new RootAllocator(); Float8Vector vector = new Float8Vector("d", allocator)) {
            FloatingColumn writer = new FloatingColumn(column);
            writer.capacity(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                byte[] bytes = ("#" + texts.get(i)).getBytes(StandardCharsets.US_ASCII);
                writer.write(i, bytes, 1, bytes.length - 1, false);
            }
            writer.moveTo(vector, texts.size());
            for (int i = 0; i < texts.size(); i++) {
                assertThat(Double.doubleToRawLongBits(vector.get(i))).as(texts.get(i))
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(texts.get(i))));
            }
        }
    }

    @Test
    void timeTextParsesToSignedMicroseconds() {
        ColumnDefinition column = ColumnDefinition.of("t", DataTypes.TIME, 0, DataTypes.BINARY_CHARSET, 17, 6);
        String[] texts = {"00:00:00", "-838:59:59.000000", "838:59:59.999999", "-00:00:01.5", "25:00:00", "01:10:00.000002"};
        Duration[] expected = {Duration.ZERO, Duration.ofSeconds(-(838 * 3600 + 59 * 60 + 59)),
            Duration.ofSeconds(838 * 3600 + 59 * 60 + 59, 999_999_000), Duration.ofMillis(-1500), Duration.ofHours(25),
            Duration.ofSeconds(3600 + 600, 2_000)};
        try (BufferAllocator allocator = new RootAllocator();
             DurationVector vector = (DurationVector) new TimeColumn(column).field().createVector(allocator)) {
            TimeColumn writer = new TimeColumn(column);
            writer.capacity(texts.length);
            for (int i = 0; i < texts.length; i++) {
                byte[] bytes = texts[i].getBytes(StandardCharsets.US_ASCII);
                writer.write(i, bytes, 0, bytes.length, false);
            }
            writer.moveTo(vector, texts.length);
            for (int i = 0; i < texts.length; i++) {
                assertThat(vector.getObject(i)).as(texts[i]).isEqualTo(expected[i]);
            }
            byte[] malformed = "12:3x:00".getBytes(StandardCharsets.US_ASCII);
            assertThatThrownBy(() -> writer.write(0, malformed, 0, malformed.length, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'t'");
        }
    }

    @Test
    void dateTimeTextParsesToTheMicrosecondsOfLocalDateTime() {
        ColumnDefinition column = ColumnDefinition.of("dt", DataTypes.DATETIME, 0, DataTypes.BINARY_CHARSET, 26, 6);
        List<LocalDateTime> values = new ArrayList<>(List.of(LocalDateTime.of(1, 1, 1, 0, 0),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), LocalDateTime.of(2024, 2, 29, 12, 0, 0, 500_000_000)));
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            values.add(LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000) * 1000));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            // every fraction width the server sends: none, and 1 to 6 digits
            String full = String.format("%04d-%02d-%02d %02d:%02d:%02d.%06d", values.get(i).getYear(),
                values.get(i).getMonthValue(), values.get(i).getDayOfMonth(), values.get(i).getHour(),
                values.get(i).getMinute(), values.get(i).getSecond(), values.get(i).getNano() / 1000);
            int digits = i % 7;
            texts.add(digits == 0 ? full.substring(0, 19) : full.substring(0, 20 + digits));
        }
        try (BufferAllocator allocator = new RootAllocator();
             TimeStampMicroVector vector = new TimeStampMicroVector("dt", allocator)) {
            DateTimeColumn writer = new DateTimeColumn(column);
            writer.capacity(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                byte[] bytes = ("##" + texts.get(i) + "#").getBytes(StandardCharsets.US_ASCII);
                writer.write(i, bytes, 2, bytes.length - 3, false);
            }
            writer.moveTo(vector, texts.size());
            for (int i = 0; i < texts.size(); i++) {
                LocalDateTime expected = LocalDateTime.parse(texts.get(i).replace(' ', 'T'));
                assertThat(vector.getObject(i)).as(texts.get(i)).isEqualTo(expected);
            }
        }
    }

    @Test
    void dateTimeTextWithAWrongCharacterAnywhereIsRefused() {
        ColumnDefinition column = ColumnDefinition.of("dt", DataTypes.DATETIME, 0, DataTypes.BINARY_CHARSET, 26, 6);
        String good = "2024-05-17 08:09:10.123456";
        DateTimeColumn writer = new DateTimeColumn(column);
        writer.capacity(1);
        for (int at = 0; at < good.length(); at++) {
            for (char wrong : new char[] {'x', '/', ':', ' ', '-'}) {
                if (good.charAt(at) == wrong || good.charAt(at) == '.' && wrong != 'x') {
                    continue;
                }
                byte[] bytes = (good.substring(0, at) + wrong + good.substring(at + 1))
                    .getBytes(StandardCharsets.US_ASCII);
                assertThatThrownBy(() -> writer.write(0, bytes, 0, bytes.length, false))
                    .as("'%s' at %d", wrong, at).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'dt'");
            }
        }
    }

    @Test
    void dateTimeTextsThatShareTheirMinuteOrDateReadAsEachAlone() {
        ColumnDefinition column = ColumnDefinition.of("dt", DataTypes.DATETIME, 0, DataTypes.BINARY_CHARSET, 26, 6);
        List<String> texts = new ArrayList<>();
        LocalDateTime at = LocalDateTime.of(2019, 12, 31, 23, 58, 57, 123_456_000);
        for (int i = 0; i < 400; i++) {
            String full = String.format("%04d-%02d-%02d %02d:%02d:%02d.%06d", at.getYear(), at.getMonthValue(),
                at.getDayOfMonth(), at.getHour(), at.getMinute(), at.getSecond(), at.getNano() / 1000);
            int digits = i % 7;
            texts.add(digits == 0 ? full.substring(0, 19) : full.substring(0, 20 + digits));
            // across seconds, minutes, hours, days, a month and a year; now and then back to an earlier minute
            at = i % 50 == 49 ? at.minusMinutes(3) : at.plusNanos(1_234_567_000L * (1 + i % 3));
        }
        texts.add(3, "2020-01-01 00:00:00");
        texts.add(5, "2019-12-31 23:58:59.999999999");
        try (BufferAllocator allocator = new RootAllocator();
             TimeStampMicroVector vector = new TimeStampMicroVector("dt", allocator)) {
            DateTimeColumn writer = new DateTimeColumn(column);
            writer.capacity(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                byte[] bytes = ("#" + texts.get(i) + "##").getBytes(StandardCharsets.US_ASCII);
                writer.write(i, bytes, 1, bytes.length - 3, false);
            }
            writer.moveTo(vector, texts.size());
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                LocalDateTime expected = LocalDateTime.parse((text.length() > 26 ? text.substring(0, 26) : text)
                    .replace(' ', 'T'));
                assertThat(vector.getObject(i)).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void aDateTimeTextLikeTheLastOneUpToItsMinuteIsStillCheckedInFull() {
        ColumnDefinition column = ColumnDefinition.of("dt", DataTypes.DATETIME, 0, DataTypes.BINARY_CHARSET, 26, 6);
        try (BufferAllocator allocator = new RootAllocator();
             TimeStampMicroVector vector = new TimeStampMicroVector("dt", allocator)) {
            DateTimeColumn writer = new DateTimeColumn(column);
            writer.capacity(6);
            write(writer, 0, "2024-05-17 08:09:10.5");
            for (String malformed : new String[] {"2024-05-17 08:09x10.5", "2024-05-17 08:09:1x.5",
                "2024-05-17 08:09:x0", "2024-05-17 08:09:10x5", "2024-05-17 08:09:10.", "2024-05-17 08:09:10.5x",
                "2024-05-17 08:09:10 ", "2024-05-17 08:09:10.1234567x"}) {
                assertThatThrownBy(() -> write(writer, 1, malformed)).as(malformed)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dt'");
            }
            write(writer, 1, "2024-05-17 08:09:59.999999");
            // a zero date is a null and is not remembered: the same minute stays a null
            write(writer, 2, "0000-00-00 08:09:10");
            write(writer, 3, "0000-00-00 08:09:11");
            write(writer, 4, "2024-05-17 08:09:00");
            write(writer, 5, "2024-05-18 08:09:00");
            writer.moveTo(vector, 6);
            assertThat(vector.getObject(0)).isEqualTo(LocalDateTime.of(2024, 5, 17, 8, 9, 10, 500_000_000));
            assertThat(vector.getObject(1)).isEqualTo(LocalDateTime.of(2024, 5, 17, 8, 9, 59, 999_999_000));
            assertThat(vector.isNull(2)).isTrue();
            assertThat(vector.isNull(3)).isTrue();
            assertThat(vector.getObject(4)).isEqualTo(LocalDateTime.of(2024, 5, 17, 8, 9));
            assertThat(vector.getObject(5)).isEqualTo(LocalDateTime.of(2024, 5, 18, 8, 9));
        }
    }

    @Test
    void datesThatFollowEachOtherKeepTheirOwnDays() {
        ColumnDefinition column = ColumnDefinition.of("d", DataTypes.DATE, 0, DataTypes.BINARY_CHARSET, 10, 0);
        String[] texts = {"2024-02-28", "2024-02-28", "2024-02-29", "2024-02-29", "2024-03-01", "2024-13-01",
            "2024-03-01", "1969-12-31", "2024-02-28"};
        try (BufferAllocator allocator = new RootAllocator();
             DateDayVector vector = new DateDayVector("d", allocator)) {
            DateTimeColumn writer = new DateTimeColumn(column);
            writer.capacity(texts.length);
            for (int i = 0; i < texts.length; i++) {
                write(writer, i, texts[i]);
            }
            writer.moveTo(vector, texts.length);
            for (int i = 0; i < texts.length; i++) {
                if (i == 5) {
                    assertThat(vector.isNull(i)).as(texts[i]).isTrue();
                } else {
                    assertThat(vector.get(i)).as(texts[i]).isEqualTo((int) LocalDate.parse(texts[i]).toEpochDay());
                }
            }
        }
    }

    private static void write(DateTimeColumn writer, int row, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        writer.write(row, bytes, 0, bytes.length, false);
    }
}
