/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks;

import dev.s2r.benchmarks.client.Workload;
import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.udf.UdfCase;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.Invoker;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * UDF_CODEC: what the UDF server does for one batch, without the network, on one thread: decode a prebuilt
 * 512-row request body (a direct buffer, as the HTTP server and the collocated loop hand it over), call the function
 * through the invoker the server uses (on the calling thread: {@code Schedulers.immediate()}), encode the answer
 * with the pooled allocator and release it. A pass is {@link #BATCHES_PER_PASS} batches; the fold of
 * the outputs must equal the values computed in Java by {@link UdfCase}. Participants {@code <format>-<function>}.
 */
@Warmup(iterations = 8)
@Measurement(iterations = 5)
public class UdfCodecBench extends BenchBase {

    /** Batches per pass, 2,048,000 rows in every format, so that the formats' folds can be compared. */
    static final int BATCHES_PER_PASS = 4_000;

    /** The participant: a format and a function. */
    @Param({"rowdat_1-add", "json-add", "arrow-add", "rowdat_1-upper", "json-upper", "arrow-upper"})
    public String driver;

    private UdfCase udf;
    private ByteBuf[] bodies;
    private BatchCodec codec;
    private Invoker invoker;
    private List<WireType> argTypes;
    private List<WireType> returnTypes;
    private final Execution execution = new Execution(Schedulers.immediate(), 1);
    private final ByteBufAllocator allocator = PooledByteBufAllocator.DEFAULT;
    private String expected;

    /**
     * Builds the participant's bodies.
     *
     * @throws Exception when the format is not served
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        record(Workload.UDF_CODEC, driver);
        try {
            udf = UdfCase.of(driver);
            codec = udf.codec();
            invoker = udf.function().invoker();
            argTypes = udf.function().argTypes();
            returnTypes = udf.function().returnTypes();
            bodies = new ByteBuf[UdfCase.BATCHES];
            for (int k = 0; k < bodies.length; k++) {
                byte[] request = udf.request(k);
                bodies[k] = Unpooled.directBuffer(request.length).writeBytes(request);
            }
            expected = udf.expected(BATCHES_PER_PASS).toString();
        } catch (Throwable t) {
            recorder.fail(t);
            throw t;
        }
    }

    /** @return rows through the codec in one pass */
    @Benchmark
    public long pass() {
        return recorder.measure(expected, this::run);
    }

    private Checksum run() {
        Checksum sum = new Checksum();
        for (int k = 0; k < BATCHES_PER_PASS; k++) {
            Batch input = codec.decode(bodies[k % UdfCase.BATCHES].duplicate(), argTypes);
            Batch output = invoker.invoke(input, execution).block();
            ByteBuf encoded = codec.encode(output, returnTypes, allocator);
            try {
                if (!encoded.isReadable()) {
                    throw new IllegalStateException("an empty answer to batch " + k);
                }
            } finally {
                encoded.release();
            }
            sum.addRows(output.size(), UdfCase.hash(output));
        }
        return sum;
    }

    /** Frees the request bodies. */
    @TearDown(Level.Trial)
    public void freeBodies() {
        if (bodies != null) {
            for (ByteBuf body : bodies) {
                body.release();
            }
        }
    }
}
