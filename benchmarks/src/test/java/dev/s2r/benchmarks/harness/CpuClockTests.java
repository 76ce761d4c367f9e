/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.harness;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's CPU clock: nanosecond resolution, every thread counted, a readable per-thread breakdown. */
class CpuClockTests {

    private static volatile long sink;

    @Test
    void countsTheCpuTimeOfAnotherLiveThreadToTheNanosecond() throws InterruptedException {
        long before = CpuClock.processNanos();
        java.util.concurrent.CountDownLatch spun = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread worker = new Thread(() -> {
            spin(30_000_000L);
            spun.countDown();
            awaitQuietly(release);
        }, "cpu-clock-worker");
        worker.start();
        spun.await();
        long elapsed = CpuClock.processNanos() - before;
        release.countDown();
        worker.join();
        assertThat(elapsed).isGreaterThanOrEqualTo(30_000_000L);
        if (CpuClock.precise()) {
            assertThat(elapsed % 10_000_000L).as("not a multiple of a 10 ms tick").isNotZero();
        }
    }

    @Test
    void listsTheCurrentThreadByName() {
        Thread.currentThread().setName("cpu-clock-test");
        spin(2_000_000L);
        Map<String, Long> threads = CpuClock.threads();
        if (CpuClock.precise()) {
            assertThat(threads.keySet()).anyMatch(name -> name.endsWith(" cpu-clock-test"));
        } else {
            assertThat(threads).isEmpty();
        }
    }

    @Test
    void deltaShowsOnlyThreadsThatRanBusiestFirst() {
        Map<String, Long> before = Map.of("1 idle", 5_000_000L, "2 busy", 1_000_000L, "3 light", 0L);
        Map<String, Long> after = Map.of("1 idle", 5_000_000L, "2 busy", 21_000_000L, "3 light", 2_500_000L,
            "4 new", 7_000_000L);
        assertThat(CpuClock.delta(before, after).lines()).containsExactly(
            "      20.0 ms  2 busy", "       7.0 ms  4 new", "       2.5 ms  3 light");
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Spins until this thread has run for {@code nanos} of CPU time (not of wall time: on a loaded machine the thread
     * would then get less CPU than the test expects).
     */
    private static void spin(long nanos) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long x = 0;
        while (threads.getCurrentThreadCpuTime() - start < nanos) {
            x++;
        }
        sink = x;
    }
}
