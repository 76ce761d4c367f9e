/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static dev.s2r.udf.internal.format.Batches.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Ten thousand damaged bodies per format, from a seeded {@link Random} (truncated, bytes flipped, huge lengths
 * written over them, bytes inserted, garbage): each one decodes or fails with a {@link MalformedBatchException},
 * never anything else.
 */
final class FuzzTests {

    private static final int BODIES = 10_000;
    private static final List<WireType> TYPES = List.of(WireType.values());
    private static final long[] ODD_WORDS = {Long.MAX_VALUE, Long.MIN_VALUE, -1, Integer.MAX_VALUE,
        Integer.MAX_VALUE + 1L, 1L << 40, 0, 1, 99_991_231L, 13_13_13_13L};
    private static final byte[] JSON_BYTES =
        "[]{},:\"-.0123456789eE+ntfalsrue\\ ud8".getBytes(StandardCharsets.US_ASCII);

    @Test
    void damagedRowDat1BodiesDecodeOrAreMalformed() {
        Random random = new Random(20_260_101L);
        byte[][] seeds = seeds(new RowDat1Codec(), random);

        int[] outcomes = fuzz(new RowDat1Codec(), seeds, random, false);

        assertThat(outcomes[0]).as("bodies that decoded").isGreaterThan(100);
        assertThat(outcomes[1]).as("bodies refused").isGreaterThan(BODIES / 2);
    }

    @Test
    void damagedJsonBodiesDecodeOrAreMalformed() {
        Random random = new Random(20_260_102L);
        byte[][] seeds = seeds(new JsonCodec(), random);

        int[] outcomes = fuzz(new JsonCodec(), seeds, random, true);

        assertThat(outcomes[0]).as("bodies that decoded").isGreaterThan(100);
        assertThat(outcomes[1]).as("bodies refused").isGreaterThan(BODIES / 2);
    }

    /** Valid bodies of every type, with NULLs, encoded by the codec. */
    private static byte[][] seeds(BatchCodec codec, Random random) {
        byte[][] seeds = new byte[8][];
        for (int s = 0; s < seeds.length; s++) {
            Batch batch = Batch.of(TYPES, 4);
            for (int row = 0; row <= s % 4; row++) {
                batch.addRowId(random.nextLong());
                for (int c = 0; c < TYPES.size(); c++) {
                    addValue(batch, c, random);
                }
            }
            seeds[s] = encode(codec, batch, TYPES);
        }
        return seeds;
    }

    private static void addValue(Batch batch, int c, Random random) {
        WireType type = TYPES.get(c);
        if (random.nextInt(4) == 0) {
            batch.column(c).addNull();
            return;
        }
        switch (type.storage()) {
            case LONG -> batch.column(c).addLong(type == WireType.BOOL ? random.nextInt(2) : random.nextLong());
            case DOUBLE -> batch.column(c)
                .addDouble(type == WireType.FLOAT32 ? random.nextFloat() : random.nextDouble());
            default -> batch.column(c).addObject(switch (type) {
                case DECIMAL -> BigDecimal.valueOf(random.nextLong(), random.nextInt(10));
                case STRING -> "t\u00e9xt\uD83D\uDE00".substring(0, random.nextInt(4));
                case JSON -> "{\"k\":[" + random.nextInt() + ",null]}";
                case BINARY -> new byte[] {(byte) random.nextInt(), 0, 1};
                case DATE -> LocalDate.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28));
                case TIME -> Duration.ofNanos(random.nextLong() / 1000 * 1000 % 3_000_000_000_000_000L);
                default -> LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000) * 1000);
            });
        }
    }

    /** @return how many bodies decoded and how many were refused */
    private static int[] fuzz(BatchCodec codec, byte[][] seeds, Random random, boolean text) {
        int[] outcomes = new int[2];
        for (int i = 0; i < BODIES; i++) {
            byte[] body = damage(seeds[random.nextInt(seeds.length)], random, text);
            // Wrapped, not allocated: the leak detector would record a stack trace at every read of the body.
            ByteBuf buffer = i % 2 == 0 ? Unpooled.wrappedBuffer(body)
                : Unpooled.wrappedBuffer(ByteBuffer.allocateDirect(body.length).put(body).flip());
            try {
                codec.decode(buffer, TYPES);
                outcomes[0]++;
            } catch (MalformedBatchException e) {
                outcomes[1]++;
            } catch (RuntimeException | Error e) {
                fail("body " + i + " (" + HexFormat.of().formatHex(body) + ") threw " + e, e);
            } finally {
                buffer.release();
            }
        }
        return outcomes;
    }

    private static byte[] damage(byte[] seed, Random random, boolean text) {
        byte[] body = seed.clone();
        int damages = 1 + random.nextInt(3);
        for (int d = 0; d < damages; d++) {
            body = switch (random.nextInt(6)) {
                case 0 -> Arrays.copyOf(body, random.nextInt(body.length + 1));
                case 1 -> flip(body, random, text);
                case 2 -> overwriteWord(body, random, text);
                case 3 -> insert(body, random, text);
                case 4 -> garbage(random, text);
                default -> body;
            };
        }
        return body;
    }

    private static byte[] flip(byte[] body, Random random, boolean text) {
        for (int n = 1 + random.nextInt(4); n > 0 && body.length > 0; n--) {
            body[random.nextInt(body.length)] = randomByte(random, text);
        }
        return body;
    }

    private static byte[] overwriteWord(byte[] body, Random random, boolean text) {
        if (body.length < 8) {
            return body;
        }
        int at = random.nextInt(body.length - 7);
        long word = random.nextBoolean() ? ODD_WORDS[random.nextInt(ODD_WORDS.length)] : random.nextLong();
        byte[] bytes = text ? Long.toString(word).getBytes(StandardCharsets.US_ASCII) : new byte[8];
        if (!text) {
            for (int i = 0; i < 8; i++) {
                bytes[i] = (byte) (word >>> (8 * i));
            }
        }
        System.arraycopy(bytes, 0, body, at, Math.min(bytes.length, body.length - at));
        return body;
    }

    private static byte[] insert(byte[] body, Random random, boolean text) {
        int at = random.nextInt(body.length + 1);
        byte[] inserted = new byte[1 + random.nextInt(9)];
        for (int i = 0; i < inserted.length; i++) {
            inserted[i] = randomByte(random, text);
        }
        byte[] longer = new byte[body.length + inserted.length];
        System.arraycopy(body, 0, longer, 0, at);
        System.arraycopy(inserted, 0, longer, at, inserted.length);
        System.arraycopy(body, at, longer, at + inserted.length, body.length - at);
        return longer;
    }

    private static byte[] garbage(Random random, boolean text) {
        byte[] body = new byte[random.nextInt(200)];
        for (int i = 0; i < body.length; i++) {
            body[i] = randomByte(random, text);
        }
        return body;
    }

    private static byte randomByte(Random random, boolean text) {
        return text && random.nextInt(4) != 0 ? JSON_BYTES[random.nextInt(JSON_BYTES.length)] : (byte) random.nextInt();
    }
}
