/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * One row of the benchmark table {@code wide}, decoded into Java values.
 *
 * <p>{@link #generate(long)} computes, in Java, exactly the row that {@link WideTable#loadSql(String, int)} makes
 * the server generate for the same id, so the expected checksum of any set of ids is known without asking the
 * server, and INSERT benchmarks write the same data the table holds.
 *
 * @param id  BIGINT primary key
 * @param i   INT
 * @param d   DOUBLE
 * @param dec DECIMAL(18,4)
 * @param s   VARCHAR(64), 20 characters
 * @param dt  DATETIME(6)
 * @param b   VARBINARY(32), 16 bytes
 */
public record WideRow(long id, int i, double d, BigDecimal dec, String s, LocalDateTime dt, byte[] b) {

    private static final BigDecimal DEC_FACTOR = new BigDecimal("12.3456");
    private static final LocalDateTime EPOCH = LocalDateTime.of(2020, 1, 1, 0, 0);
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /**
     * Generates the row the table holds for {@code id}.
     *
     * @param id the primary key, 1 or more
     * @return the row
     */
    public static WideRow generate(long id) {
        int i = (int) (id * 7919 % 2000003 - 1000000);
        double d = id * 0.25 + 0.5;
        BigDecimal dec = BigDecimal.valueOf(id).multiply(DEC_FACTOR);
        String s = "s-" + hex(md5(Long.toString(id))).substring(0, 18);
        LocalDateTime dt = EPOCH.plusNanos(id * 1_234_567L * 1_000L);
        byte[] b = md5("b" + id);
        return new WideRow(id, i, d, dec, s, dt, b);
    }

    /**
     * A 64-bit hash of every column; equal rows hash equally whichever driver decoded them.
     *
     * @return the hash
     */
    public long hash() {
        long h = id;
        h = h * GOLDEN + i;
        h = h * GOLDEN + Double.doubleToLongBits(d);
        h = h * GOLDEN + dec.hashCode();
        h = h * GOLDEN + s.hashCode();
        h = h * GOLDEN + dt.hashCode();
        h = h * GOLDEN + Arrays.hashCode(b);
        return finish(h);
    }

    /**
     * One step of {@link #hash()}: folds the next column's hash into the running value.
     *
     * @param h      the running value (the id for the first step)
     * @param column the column's hash
     * @return the new running value
     */
    public static long step(long h, long column) {
        return h * GOLDEN + column;
    }

    /**
     * The last step of {@link #hash()}: a 64-bit finalizer over the running value.
     *
     * @param h the running value after the last column
     * @return the row's hash
     */
    public static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int k = 0; k < bytes.length; k++) {
            out[2 * k] = HEX[(bytes[k] >> 4) & 0xF];
            out[2 * k + 1] = HEX[bytes[k] & 0xF];
        }
        return new String(out);
    }
}
