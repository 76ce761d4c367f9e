/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synchronous function that blocks runs on the server's worker pool, never on an event loop: while eight calls of
 * a function are blocked (until the test lets them go), {@code GET /status} is answered.
 */
class UdfServerEventLoopIntegrationTests {

    /** A function that blocks its thread. */
    public static final class Blocking {

        final AtomicInteger entered = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();
        final CountDownLatch release = new CountDownLatch(1);

        /** @return x plus one, once the test releases the calls (or after 30 s) */
        @Udf
        public long blocking(@Arg(name = "x") long x) throws InterruptedException {
            this.threads.add(Thread.currentThread().getName());
            this.entered.incrementAndGet();
            this.release.await(30, TimeUnit.SECONDS);
            this.finished.incrementAndGet();
            return x + 1;
        }
    }

    private static final int CALLS = 8;

    private final Blocking blocking = new Blocking();
    private final UdfServer server = UdfServer.builder()
        .config(UdfConfig.builder().set(UdfOptions.PORT, 0).set(UdfOptions.WORKER_THREADS, CALLS).build())
        .function(this.blocking)
        .build()
        .start()
        .block(Duration.ofSeconds(30));
    private final Engine engine = new Engine(this.server.port());

    @AfterEach
    void stop() {
        this.engine.close();
        this.server.shutdown(Duration.ofSeconds(5)).block(Duration.ofSeconds(30));
    }

    @Test
    void statusIsAnsweredWhileBlockingCallsRunOnTheWorkerPool() throws InterruptedException {
        Map<String, String> headers = EndToEnd.headers("blocking", DataFormat.ROWDAT_1);
        Flux<Engine.Answer> calls = Flux.range(0, CALLS)
            .flatMap(i -> this.engine.call(headers, Rowdat.body().row(i).int64(10 * i).bytes()), CALLS)
            .cache();
        calls.subscribe();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (this.blocking.entered.get() < CALLS && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }

        Engine.Answer status = this.engine.get("/status", Map.of());
        int finishedMeanwhile = this.blocking.finished.get();
        this.blocking.release.countDown();

        assertThat(this.blocking.entered).hasValue(CALLS);
        assertThat(status.status()).isEqualTo(200);
        assertThat(finishedMeanwhile).isZero();
        List<Engine.Answer> answers = calls.collectList().block(Duration.ofSeconds(30));
        assertThat(answers).hasSize(CALLS).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(this.blocking.threads).hasSize(CALLS)
            .allSatisfy(name -> assertThat(name).startsWith("s2r-udf-worker"));
    }
}
