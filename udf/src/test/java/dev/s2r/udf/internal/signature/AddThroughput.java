/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.function.Execution;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * A standalone measurement, not a test: rows per second of {@code long add(long, long)} through its invoker on one
 * thread (an immediate scheduler), over batches of the engine's default size and of 64K rows. Run with
 * {@code java -cp <test class path> dev.s2r.udf.internal.signature.AddThroughput}.
 */
public final class AddThroughput {

    /** The function. */
    public static final class Add {
        @Udf
        public static long add(long a, long b) {
            return a + b;
        }
    }

    private AddThroughput() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        FunctionSpec spec = Signatures.scan(Add.class).get(0);
        measure(spec, new Execution(Schedulers.immediate(), 1), "immediate");
        measure(spec, new Execution(Schedulers.boundedElastic(), 1), "boundedElastic");
    }

    private static void measure(FunctionSpec spec, Execution execution, String scheduler) {
        for (int size : new int[] {512, 65_536}) {
            Batch input = Batch.of(List.of(WireType.INT64, WireType.INT64), size);
            for (int i = 0; i < size; i++) {
                input.addRowId(i);
                input.column(0).addLong(i);
                input.column(1).addLong(2L * i);
            }
            long sink = 0;
            for (int round = 0; round < 5; round++) {
                long rows = 0;
                long start = System.nanoTime();
                while (System.nanoTime() - start < 2_000_000_000L) {
                    Batch output = spec.invoker().invoke(input, execution).block();
                    sink += output.column(0).getLong(size - 1);
                    rows += size;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s, batch %d, round %d: %.1f M rows/s%n", scheduler, size, round,
                    rows / seconds / 1e6);
            }
            System.out.println(sink == 42 ? "" : "checksum " + sink);
        }
    }
}
