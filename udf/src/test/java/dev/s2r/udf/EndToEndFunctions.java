/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.BatchTable;
import dev.s2r.udf.api.Masked;
import dev.s2r.udf.api.Udf;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Functions as an application declares them, one of each kind, served end to end. */
public final class EndToEndFunctions {

    /** One value of each common type, as a multi-value result. */
    public record Everything(long i64, int i32, short i16, byte i8, boolean flag, double f64, float f32,
                             BigDecimal dec, String text, byte[] blob, LocalDate day, LocalDateTime moment,
                             Duration span) {
    }

    /** A row of {@link #split}. */
    public record Piece(String part, long position) {
    }

    private EndToEndFunctions() {
    }

    /** @return a + b */
    @Udf(summary = "Adds two numbers")
    public static long add(@Arg(name = "a", description = "the first") long a, @Arg(name = "b") long b) {
        return a + b;
    }

    /** @return s in upper case */
    @Udf
    public static String upper(@Arg(name = "s") String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** @return a if present, else b, else NULL */
    @Udf
    public static Optional<Long> coalesce(@Arg(name = "a") Optional<Long> a,
                                          @Arg(name = "b", defaultNull = true) Optional<Long> b) {
        return a.or(() -> b);
    }

    /** @return every argument changed a little, so that a result cannot be the request echoed */
    @Udf
    public static Everything everything(@Arg(name = "i64") long i64, @Arg(name = "i32") int i32,
                                        @Arg(name = "i16") short i16, @Arg(name = "i8") byte i8,
                                        @Arg(name = "flag") boolean flag, @Arg(name = "f64") double f64,
                                        @Arg(name = "f32") float f32, @Arg(name = "dec") BigDecimal dec,
                                        @Arg(name = "text") String text, @Arg(name = "blob") byte[] blob,
                                        @Arg(name = "day") LocalDate day, @Arg(name = "moment") LocalDateTime moment,
                                        @Arg(name = "span") Duration span) {
        byte[] reversed = new byte[blob.length];
        for (int i = 0; i < blob.length; i++) {
            reversed[i] = blob[blob.length - 1 - i];
        }
        return new Everything(i64 + 1, i32 * 2, (short) -i16, (byte) (i8 + 1), !flag, f64 / 2, f32 * 2,
            dec.add(new BigDecimal("0.5")), text + "!", reversed, day.plusDays(1), moment.plusSeconds(1),
            span.plusHours(25));
    }

    /** @return x times k per row, NULL where x is NULL */
    @Udf
    public static Masked<long[]> scale(@Arg(name = "x") Masked<long[]> x, @Arg(name = "k") long[] k) {
        long[] out = new long[x.size()];
        for (int row = 0; row < out.length; row++) {
            out[row] = x.isNull(row) ? 0 : x.values()[row] * k[row];
        }
        return Masked.of(out, x.nulls().clone());
    }

    /** @return the comma-separated parts of s with their positions, no row for an empty s */
    @Udf(columns = {"part", "position"})
    public static List<Piece> split(@Arg(name = "s") String s) {
        List<Piece> pieces = new ArrayList<>();
        if (!s.isEmpty()) {
            String[] parts = s.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                pieces.add(new Piece(parts[i], i));
            }
        }
        return pieces;
    }

    /** @return n, n - 1, ..., 1, asynchronously */
    @Udf
    public static Flux<Long> countdown(@Arg(name = "n") long n) {
        return Flux.range(0, (int) Math.max(n, 0)).map(i -> n - i);
    }

    /** @return per input row i, n[i] rows of its label numbered from 1, each naming input row i */
    @Udf(returns = {"BIGINT NOT NULL", "TEXT NOT NULL"}, columns = {"seq", "label"})
    public static BatchTable repeat(@Arg(name = "n") long[] n, @Arg(name = "label") String[] label) {
        List<Integer> inputs = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        for (int row = 0; row < n.length; row++) {
            for (long i = 1; i <= n[row]; i++) {
                inputs.add(row);
                seqs.add(i);
            }
        }
        int[] inputRows = inputs.stream().mapToInt(Integer::intValue).toArray();
        long[] seq = seqs.stream().mapToLong(Long::longValue).toArray();
        String[] labels = new String[inputRows.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = label[inputRows[i]];
        }
        return BatchTable.of(inputRows, seq, labels);
    }

    /** An asynchronous function that counts how many of its calls are in flight at once. */
    public static final class Async {

        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();

        /** @return x squared, later the smaller x is, so that later rows finish first */
        @Udf(concurrency = 4)
        public Mono<Long> square(@Arg(name = "x") long x) {
            return Mono.delay(Duration.ofMillis(40 + 20 * Math.max(0, 8 - x)))
                .doOnSubscribe(s -> this.mostInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max))
                .doFinally(signal -> this.inFlight.decrementAndGet())
                .map(tick -> x * x);
        }
    }
}
