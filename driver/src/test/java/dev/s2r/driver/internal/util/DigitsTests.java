/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Digits#parse}: the value {@link Long#parseLong} gives for every run of 1 to 18 digits, wherever the run
 * sits in the buffer (at its start, at its end, in a buffer shorter than 8 bytes), and -1 for any non-digit; the
 * byte-array form answers exactly as the buffer form, which every case checks.
 */
class DigitsTests {

    private static long parseIn(String before, String digits, String after) {
        byte[] bytes = (before + digits + after).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        try {
            long parsed = Digits.parse(buf, before.length(), digits.length());
            assertThat(Digits.parse(bytes, before.length(), digits.length()))
                .as("the byte-array form of '%s' in '%s…%s'", digits, before, after).isEqualTo(parsed);
            return parsed;
        } finally {
            buf.release();
        }
    }

    private static String randomDigits(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String randomBytes(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) random.nextInt(128));
        }
        return out.toString();
    }

    @Test
    void everyLengthAndPlacementParsesLikeParseLong() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            int length = 1 + random.nextInt(18);
            String digits = randomDigits(random, length);
            String before = randomBytes(random, random.nextInt(12));
            String after = randomBytes(random, random.nextInt(12));
            long parsed = parseIn(before, digits, after);
            if (parsed != -1) {
                assertThat(parsed).as("'%s' in '%s…%s'", digits, before, after).isEqualTo(Long.parseLong(digits));
            } else {
                assertThat(before.length() + length + after.length()).as("only a buffer under 8 bytes refuses")
                    .isLessThan(8);
            }
        }
    }

    @Test
    void allDigitsChecksExactlyTheMaskedBytes() {
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            long chars = 0;
            long mask = 0;
            boolean expected = true;
            for (int at = 0; at < 8; at++) {
                int c = random.nextBoolean() ? '0' + random.nextInt(10) : random.nextInt(256);
                boolean checked = random.nextBoolean();
                chars |= (long) c << (8 * at);
                if (checked) {
                    mask |= 0xFFL << (8 * at);
                    expected &= c >= '0' && c <= '9';
                }
            }
            assertThat(Digits.allDigits(chars, mask)).as("%016x under %016x", chars, mask).isEqualTo(expected);
        }
    }

    @Test
    void digitAtReadsOneCharacter() {
        long chars = 0;
        for (int at = 0; at < 8; at++) {
            chars |= (long) ('0' + (9 - at)) << (8 * at);
        }
        for (int at = 0; at < 8; at++) {
            assertThat(Digits.digitAt(chars, at)).isEqualTo(9 - at);
        }
    }

    @Test
    void edgeValuesParse() {
        assertThat(parseIn("", "0", "xxxxxxxx")).isZero();
        assertThat(parseIn("xxxxxxxx", "9", "")).isEqualTo(9);
        assertThat(parseIn("", "99999999", "")).isEqualTo(99_999_999L);
        assertThat(parseIn("", "00000001", "")).isEqualTo(1);
        assertThat(parseIn("x", "9999999999999999", "")).isEqualTo(9_999_999_999_999_999L);
        assertThat(parseIn("", "999999999999999999", "")).isEqualTo(999_999_999_999_999_999L);
        assertThat(parseIn("", "100000000000000000", "x")).isEqualTo(100_000_000_000_000_000L);
        assertThat(parseIn("", "1000000000000000", "")).isEqualTo(1_000_000_000_000_000L);
    }

    @Test
    void anyNonDigitIsRefused() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            int length = 1 + random.nextInt(18);
            char[] digits = randomDigits(random, length).toCharArray();
            char bad;
            do {
                bad = (char) random.nextInt(256);
            } while (bad >= '0' && bad <= '9');
            digits[random.nextInt(length)] = bad;
            ByteBuf buf = Unpooled.buffer();
            try {
                buf.writeBytes("12345678".getBytes(StandardCharsets.US_ASCII));
                for (char c : digits) {
                    buf.writeByte(c);
                }
                buf.writeBytes("87654321".getBytes(StandardCharsets.US_ASCII));
                assertThat(Digits.parse(buf, 8, length)).as(new String(digits)).isEqualTo(-1);
                assertThat(Digits.parse(ByteBufUtil.getBytes(buf), 8, length)).as(new String(digits)).isEqualTo(-1);
            } finally {
                buf.release();
            }
        }
    }

    @Test
    void lengthsOutsideOneToEighteenAreRefused() {
        assertThat(parseIn("", "", "xxxxxxxxx")).isEqualTo(-1);
        assertThat(parseIn("", "1234567890123456789", "")).isEqualTo(-1);
    }

    @Test
    void aBufferShorterThanEightBytesIsRefused() {
        assertThat(parseIn("", "1234", "")).isEqualTo(-1);
        assertThat(parseIn("a", "12", "b")).isEqualTo(-1);
    }
}
