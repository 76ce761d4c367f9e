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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synchronous function that blocks runs on the server's worker pool, never on an event loop: while eight calls of
 * a function sleeping 200 ms are in progress, {@code GET /status} is answered at once.
 */
class UdfServerEventLoopIntegrationTests {

    /** A function that blocks its thread. */
    public static final class Sleepy {

        final AtomicInteger entered = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();

        /** @return x plus one, after 200 ms of sleep */
        @Udf
        public long sleepy(@Arg(name = "x") long x) throws InterruptedException {
            this.threads.add(Thread.currentThread().getName());
            this.entered.incrementAndGet();
            Thread.sleep(200);
            this.finished.incrementAndGet();
            return x + 1;
        }
    }

    private static final int CALLS = 8;

    private final Sleepy sleepy = new Sleepy();
    private final UdfServer server = UdfServer.builder()
        .config(UdfConfig.builder().set(UdfOptions.PORT, 0).set(UdfOptions.WORKER_THREADS, CALLS).build())
        .function(this.sleepy)
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
        Map<String, String> headers = EndToEnd.headers("sleepy", DataFormat.ROWDAT_1);
        Flux<Engine.Answer> calls = Flux.range(0, CALLS)
            .flatMap(i -> this.engine.call(headers, Rowdat.body().row(i).int64(10 * i).bytes()), CALLS)
            .cache();
        calls.subscribe();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (this.sleepy.entered.get() < CALLS && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }

        long start = System.nanoTime();
        Engine.Answer status = this.engine.get("/status", Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int finishedMeanwhile = this.sleepy.finished.get();

        assertThat(this.sleepy.entered).hasValue(CALLS);
        assertThat(status.status()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofMillis(150));
        assertThat(finishedMeanwhile).isLessThan(CALLS);
        List<Engine.Answer> answers = calls.collectList().block(Duration.ofSeconds(30));
        assertThat(answers).hasSize(CALLS).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(this.sleepy.threads).hasSize(CALLS)
            .allSatisfy(name -> assertThat(name).startsWith("s2r-udf-worker"));
    }
}
