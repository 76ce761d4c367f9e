/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.NonBlocking;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static dev.s2r.udf.internal.signature.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

/** Where functions run, how many rows are in flight, the order of answers, and cancellation. */
class ExecutionTests {

    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger MOST_IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger CALLS = new AtomicInteger();
    static final Set<String> CALLING_THREADS = ConcurrentHashMap.newKeySet();
    static final Set<Boolean> NON_BLOCKING = ConcurrentHashMap.newKeySet();
    static volatile CountDownLatch release = new CountDownLatch(0);

    private Scheduler blocking;
    private Execution execution;

    /**
     * Asynchronous and blocking functions that record how they are called. A row leaves the count of rows in flight
     * before its value is emitted, so that the next call cannot overlap it in the count.
     */
    public static final class Recorded {
        /** Earlier rows take longer, so that answers complete out of order. */
        @Udf public static Mono<Long> slowFirst(long v) {
            enter();
            return Mono.delay(Duration.ofMillis(5 * Math.max(0, 10 - v))).doOnNext(t -> leave()).map(t -> v * 10);
        }

        @Udf(concurrency = 2) public static Mono<Long> narrow(long v) {
            enter();
            return Mono.delay(Duration.ofMillis(5)).doOnNext(t -> leave()).map(t -> v);
        }

        @Udf public static CompletableFuture<String> future(long v) {
            enter();
            return CompletableFuture.supplyAsync(() -> "#" + v).whenComplete((r, e) -> leave());
        }

        @Udf public static Mono<String> empty(long v) { return Mono.empty(); }

        @Udf public static long blocking(long v) throws InterruptedException {
            enter();
            try {
                release.await();
                return v;
            } finally {
                leave();
            }
        }

        @Udf public static Mono<Long> pending(long v) {
            enter();
            return Mono.<Long>never().doFinally(s -> leave());
        }

        @Udf public static long[] columns(long[] v) {
            enter();
            leave();
            return v;
        }
    }

    static void enter() {
        CALLS.incrementAndGet();
        CALLING_THREADS.add(Thread.currentThread().getName());
        NON_BLOCKING.add(Schedulers.isInNonBlockingThread());
        MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
    }

    static void leave() {
        IN_FLIGHT.decrementAndGet();
    }

    @BeforeEach
    void reset() {
        this.blocking = Schedulers.newBoundedElastic(4, 1000, "udf-blocking");
        this.execution = new Execution(this.blocking, 4);
        IN_FLIGHT.set(0);
        MOST_IN_FLIGHT.set(0);
        CALLS.set(0);
        CALLING_THREADS.clear();
        NON_BLOCKING.clear();
        release = new CountDownLatch(0);
    }

    @AfterEach
    void dispose() {
        release.countDown();
        this.blocking.dispose();
    }

    private static Batch longs(int rows) {
        Object[][] values = IntStream.range(0, rows).mapToObj(i -> new Object[] {100L + i, (long) i})
            .toArray(Object[][]::new);
        return Batches.of(List.of(WireType.INT64), values);
    }

    private List<List<Object>> run(FunctionSpec spec, Batch input) {
        return Batches.rows(spec.invoker().invoke(input, this.execution).block(Duration.ofSeconds(10)));
    }

    @Test
    void asynchronousRowsRunConcurrentlyAndAnswerInInputOrder() {
        List<List<Object>> rows = run(spec(Recorded.class, "slowFirst"), longs(10));

        assertThat(rows).extracting(row -> row.get(0)).containsExactly(100L, 101L, 102L, 103L, 104L, 105L, 106L,
            107L, 108L, 109L);
        assertThat(rows).extracting(row -> row.get(1)).containsExactly(0L, 10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L,
            90L);
        assertThat(MOST_IN_FLIGHT.get()).isEqualTo(4);
    }

    @Test
    void functionsOwnConcurrencyBoundsTheRowsInFlight() {
        run(spec(Recorded.class, "narrow"), longs(8));

        assertThat(MOST_IN_FLIGHT.get()).isEqualTo(2);
    }

    @Test
    void completableFutureIsAwaited() {
        assertThat(run(spec(Recorded.class, "future"), longs(2))).containsExactly(List.of(100L, "#0"),
            List.of(101L, "#1"));
    }

    @Test
    void emptyMonoIsNull() {
        assertThat(run(spec(Recorded.class, "empty"), longs(1))).containsExactly(java.util.Arrays.asList(100L, null));
    }

    @Test
    void cancellingASynchronousCallStopsBeforeTheNextRow() throws Exception {
        release = new CountDownLatch(1);
        Disposable call = spec(Recorded.class, "blocking").invoker().invoke(longs(5), this.execution).subscribe();
        awaitCalls(1);

        call.dispose();
        release.countDown();
        Thread.sleep(100);

        assertThat(CALLS.get()).isEqualTo(1);
    }

    @Test
    void cancellingAnAsynchronousCallStopsTheRowsNotYetCalled() throws Exception {
        Disposable call = spec(Recorded.class, "pending").invoker().invoke(longs(10), this.execution).subscribe();
        awaitCalls(4);

        call.dispose();
        Thread.sleep(100);

        assertThat(CALLS.get()).isEqualTo(4);
        assertThat(IN_FLIGHT.get()).isZero();
    }

    @Test
    void synchronousFunctionCalledFromAnEventLoopRunsOnTheBlockingScheduler() throws Exception {
        invokeFromEventLoop(spec(Recorded.class, "blocking"), longs(3));

        assertCalledOnBlockingThreadsOnly();
    }

    @Test
    void asynchronousFunctionCalledFromAnEventLoopRunsOnTheBlockingSchedulerForEveryRow() throws Exception {
        invokeFromEventLoop(spec(Recorded.class, "slowFirst"), longs(12));

        assertCalledOnBlockingThreadsOnly();
    }

    @Test
    void batchFunctionCalledFromANonBlockingSchedulerRunsOnTheBlockingScheduler() {
        FunctionSpec spec = spec(Recorded.class, "columns");

        Mono.defer(() -> spec.invoker().invoke(longs(3), this.execution)).subscribeOn(Schedulers.parallel())
            .block(Duration.ofSeconds(10));

        assertCalledOnBlockingThreadsOnly();
    }

    private void assertCalledOnBlockingThreadsOnly() {
        assertThat(CALLS.get()).isPositive();
        assertThat(NON_BLOCKING).containsExactly(false);
        assertThat(CALLING_THREADS).allMatch(name -> name.startsWith("udf-blocking"));
    }

    /** Subscribes from a thread like a reactor-netty event loop: named like one and marked {@link NonBlocking}. */
    private void invokeFromEventLoop(FunctionSpec spec, Batch input) throws InterruptedException {
        AtomicReference<Batch> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread loop = new EventLoopThread(() -> spec.invoker().invoke(input, this.execution)
            .doFinally(s -> done.countDown()).subscribe(result::set));
        loop.start();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(result.get().size()).isEqualTo(input.size());
    }

    private static void awaitCalls(int calls) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (CALLS.get() < calls && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(CALLS.get()).isEqualTo(calls);
    }

    /** A thread as reactor-netty's event loops are: named reactor-http-nio-N and non-blocking. */
    static final class EventLoopThread extends Thread implements NonBlocking {
        EventLoopThread(Runnable task) {
            super(task, "reactor-http-nio-1");
        }
    }
}
