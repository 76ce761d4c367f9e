/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.harness;

/**
 * Halts the measurement JVM when it runs longer than allowed, after recording the failure, so that a hanging
 * driver costs a bounded time and leaves no stray process.
 */
public final class Watchdog {

    private Watchdog() {
    }

    /**
     * Starts the watchdog.
     *
     * @param seconds  the limit
     * @param recorder where the timeout is reported
     */
    public static void start(int seconds, Recorder recorder) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            String message = "watchdog: measurement JVM exceeded " + seconds + " s";
            System.err.println(message);
            recorder.fail(new IllegalStateException(message));
            Runtime.getRuntime().halt(3);
        }, "bench-watchdog");
        thread.setDaemon(true);
        thread.start();
    }
}
