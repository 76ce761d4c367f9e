/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.format.arrow.ArrowCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import static dev.s2r.udf.RowdatBodies.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Udf} methods served end to end: scanned by {@code Signatures}, run by their invokers on the server's
 * workers, answered in ROWDAT_1 and in the Arrow IPC file format (python-sdk-services.md §2.5, §2.9).
 */
class UdfServerEndToEndIntegrationTests {

    /** Functions as an application declares them. */
    public static final class Functions {

        final ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();

        /** @return three times x */
        @Udf
        public long triple(long x) {
            this.threads.add(Thread.currentThread().getName());
            return 3 * x;
        }

        /** @return ten divided by x */
        @Udf
        public long tenOver(long x) {
            return 10 / x;
        }

        /** @return never, in time */
        @Udf(timeout = 1)
        public Mono<Long> stuck(long x) {
            return Mono.never();
        }

        /** @return x plus one, asynchronously */
        @Udf(timeout = 5)
        public Mono<Long> later(long x) {
            return Mono.delay(Duration.ofMillis(5)).map(tick -> x + 1);
        }
    }

    private final Functions functions = new Functions();
    private UdfServer server;
    private Engine engine;

    @BeforeEach
    void start() {
        this.server = UdfServer.builder()
            .config(UdfConfig.builder().set(UdfOptions.PORT, 0).set(UdfOptions.NAME_PREFIX, "app_").build())
            .function(this.functions)
            .catalog(FakeCatalog::new)
            .build()
            .start()
            .block(Duration.ofSeconds(10));
        this.engine = new Engine(this.server.port());
    }

    @AfterEach
    void stop() {
        this.engine.close();
        this.server.shutdown(Duration.ofSeconds(5)).block(Duration.ofSeconds(20));
    }

    @Test
    void scannedFunctionsAreListedAsDeclaredAndCalledWithThePrefix() {
        assertThat(this.server.specs()).extracting(f -> f.name())
            .containsExactly("later", "stuck", "tenOver", "triple");
        assertThat(this.engine.call("triple", rows(new long[] {1, 1})).status()).isEqualTo(404);
        assertThat(this.engine.call("app_triple", rows(new long[] {1, 1})).status()).isEqualTo(200);
    }

    @Test
    void aSynchronousFunctionRunsOnTheServersWorkersNotOnAnEventLoop() {
        Engine.Answer answer = this.engine.call("app_triple", rows(new long[] {5, 7}, new long[] {6, -1}));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(rows(new long[] {5, 21}, new long[] {6, -3}));
        assertThat(this.functions.threads).isNotEmpty().allSatisfy(name -> assertThat(name)
            .startsWith("s2r-udf-worker"));
    }

    @Test
    void anAsynchronousFunctionAnswersInArrow() {
        Map<String, String> headers = Engine.headers("app_later");
        headers.put("Content-Type", DataFormat.ARROW.requestType());
        headers.put("Accepts", DataFormat.ARROW.responseType());
        Column x = Column.of(WireType.INT64);
        x.addLong(41);
        x.addLong(-1);
        byte[] request = arrow(Batch.of(new long[] {10, 11}, 2, x));

        Engine.Answer answer = this.engine.call(headers, request).block(Duration.ofSeconds(30));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/vnd.apache.arrow.file");
        ByteBuf body = Unpooled.wrappedBuffer(answer.body());
        Batch result;
        try {
            result = new ArrowCodec().decode(body, List.of(WireType.INT64));
        } finally {
            body.release();
        }
        assertThat(result.size()).isEqualTo(2);
        assertThat(new long[] {result.rowId(0), result.column(0).getLong(0), result.rowId(1),
            result.column(0).getLong(1)}).containsExactly(10, 42, 11, 0);
    }

    @Test
    void aMethodsExceptionIs500WithItsClassAndMessage() {
        Engine.Answer answer = this.engine.call("app_tenOver", rows(new long[] {1, 0}));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.text()).isEqualTo("ArithmeticException: / by zero");
    }

    @Test
    void aMethodPastItsOwnTimeoutIs504() {
        Engine.Answer answer = this.engine.call("app_stuck", rows(new long[] {1, 0}));

        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.text()).isEqualTo("TimeoutError: Function call timed out after 1 seconds");
    }

    /** A request body: the codec's response layout, whose first column holds the row ids as a request's does. */
    private static byte[] arrow(Batch batch) {
        ByteBuf encoded = new ArrowCodec().encode(batch, List.of(WireType.INT64), ByteBufAllocator.DEFAULT);
        try {
            byte[] bytes = new byte[encoded.readableBytes()];
            encoded.readBytes(bytes);
            return bytes;
        } finally {
            encoded.release();
        }
    }
}
