/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.udf;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.format.BatchCodecs;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.signature.Signatures;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;

import java.util.List;
import java.util.Locale;

/**
 * One participant of the UDF workloads, named {@code <format>-<function>} (e.g. {@code rowdat_1-add},
 * {@code json-upper}): the function's spec as the server scans it, its codec, and {@link #BATCHES} distinct
 * 512-row input batches with their request bodies and the response bodies the server must answer, both encoded
 * once by the codec. The expected responses are encoded from the values computed here in Java, not by the server.
 *
 * <p>{@code add}'s arguments are two BIGINTs spread over the whole range; {@code upper}'s an ASCII lower-case text
 * of 20 to 40 characters.
 */
public final class UdfCase {

    /** Rows per batch: the engine's default batch size (singlestore-server.md §3.1). */
    public static final int ROWS = 512;
    /** Distinct batches, sent in turn. */
    public static final int BATCHES = 8;

    private final String name;
    private final DataFormat format;
    private final FunctionSpec function;
    private final BatchCodec codec;
    private final Batch[] inputs = new Batch[BATCHES];
    private final byte[][] requests = new byte[BATCHES][];
    private final byte[][] responses = new byte[BATCHES][];
    private final long[] outputHashes = new long[BATCHES];

    private UdfCase(String name, DataFormat format, FunctionSpec function) {
        this.name = name;
        this.format = format;
        this.function = function;
        this.codec = BatchCodecs.of(format);
        ByteBufAllocator heap = UnpooledByteBufAllocator.DEFAULT;
        for (int b = 0; b < BATCHES; b++) {
            Batch input = Batch.of(function.argTypes(), ROWS);
            Batch expected = Batch.of(function.returnTypes(), ROWS);
            fill(b, input, expected);
            inputs[b] = input;
            requests[b] = bytes(codec.encode(input, function.argTypes(), heap));
            responses[b] = bytes(codec.encode(expected, function.returnTypes(), heap));
            outputHashes[b] = hash(expected);
        }
    }

    /**
     * @param participant {@code <format>-<function>}: format {@code rowdat_1}, {@code json} or {@code arrow},
     *                    function {@code add} or {@code upper}
     * @return the case
     * @throws IllegalArgumentException when the name is not such a pair
     */
    public static UdfCase of(String participant) {
        int dash = participant.lastIndexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("not <format>-<function>: " + participant);
        }
        DataFormat format = DataFormat.valueOf(participant.substring(0, dash).toUpperCase(Locale.ROOT));
        String functionName = participant.substring(dash + 1);
        FunctionSpec function = functions().stream().filter(f -> f.name().equals(functionName)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no function " + functionName + " in " + participant));
        return new UdfCase(participant, format, function);
    }

    /** @return the served functions, as {@code UdfServer} scans them */
    public static List<FunctionSpec> functions() {
        return Signatures.scan(UdfFunctions.class);
    }

    private void fill(int b, Batch input, Batch expected) {
        boolean add = function.name().equals("add");
        for (int row = 0; row < ROWS; row++) {
            input.addRowId(row);
            expected.addRowId(row);
            long seed = mix(b * (long) ROWS + row);
            if (add) {
                long x = seed >> 1;
                long y = mix(seed) >> 1;
                input.column(0).addLong(x);
                input.column(1).addLong(y);
                expected.column(0).addLong(x + y);
            } else {
                String text = text(seed);
                input.column(0).addObject(text);
                expected.column(0).addObject(text.toUpperCase(Locale.ROOT));
            }
        }
    }

    private static String text(long seed) {
        int length = 20 + (int) Long.remainderUnsigned(seed, 21);
        StringBuilder text = new StringBuilder(length);
        long bits = seed;
        for (int k = 0; k < length; k++) {
            text.append(k % 6 == 5 ? ' ' : (char) ('a' + Long.remainderUnsigned(bits, 26)));
            bits = bits * 6364136223846793005L + 1442695040888963407L;
        }
        return text.toString();
    }

    private static long mix(long z) {
        long x = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    private static byte[] bytes(ByteBuf buffer) {
        try {
            return ByteBufUtil.getBytes(buffer);
        } finally {
            buffer.release();
        }
    }

    /**
     * The fold of an output batch of this case's function: its rows and the sum of their values' hashes.
     *
     * @param output an output batch
     * @return the sum of its values' hashes (a BIGINT's value, a text's {@code hashCode})
     */
    public static long hash(Batch output) {
        Column column = output.column(0);
        long sum = 0;
        int size = output.size();
        if (column.type().storage() == WireType.Storage.LONG) {
            long[] values = column.longs();
            for (int row = 0; row < size; row++) {
                sum += values[row];
            }
        } else {
            Object[] values = column.objects();
            for (int row = 0; row < size; row++) {
                sum += values[row].hashCode();
            }
        }
        return sum;
    }

    /**
     * @param batches how many batches, taken in turn from the first
     * @return the fold of their expected outputs: {@code batches * ROWS} rows
     */
    public Checksum expected(int batches) {
        Checksum sum = new Checksum();
        for (int k = 0; k < batches; k++) {
            sum.addRows(ROWS, outputHashes[k % BATCHES]);
        }
        return sum;
    }

    /**
     * @param k a batch number
     * @return the sum of the hashes of the {@code k % BATCHES}-th batch's expected output values
     */
    public long outputHash(int k) {
        return outputHashes[k % BATCHES];
    }

    /** @return the participant's name, {@code <format>-<function>} */
    public String name() {
        return name;
    }

    /** @return the body format */
    public DataFormat format() {
        return format;
    }

    /** @return the function */
    public FunctionSpec function() {
        return function;
    }

    /** @return the format's codec */
    public BatchCodec codec() {
        return codec;
    }

    /**
     * @param k a batch number
     * @return the {@code k % BATCHES}-th input batch
     */
    public Batch input(int k) {
        return inputs[k % BATCHES];
    }

    /**
     * @param k a batch number
     * @return the request body of the {@code k % BATCHES}-th batch (not to be modified)
     */
    public byte[] request(int k) {
        return requests[k % BATCHES];
    }

    /**
     * @param k a batch number
     * @return the response body the server must answer to {@link #request(int) request(k)} (not to be modified)
     */
    public byte[] response(int k) {
        return responses[k % BATCHES];
    }
}
