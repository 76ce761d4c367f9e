/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.channel.DefaultEventLoop;
import io.netty.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RetainedBytes}: the total is exact whether rows are counted on the event loop (plain writes) or released on
 * other threads (atomic).
 */
class RetainedBytesTests {

    private final DefaultEventLoop loop = new DefaultEventLoop();

    @AfterEach
    void stopLoop() {
        this.loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void bytesAddedOnTheEventLoopAndReleasedElsewhereCancelOut() throws Exception {
        RetainedBytes retained = new RetainedBytes(this.loop);
        this.loop.submit(() -> {
            for (int i = 0; i < 10_000; i++) {
                retained.add(7);
            }
        }).get(10, TimeUnit.SECONDS);
        assertThat(retained.sum()).isEqualTo(70_000);

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2_500; i++) {
                    retained.add(-7);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        assertThat(retained.sum()).isZero();
    }

    @Test
    void updatesOnTheEventLoopAndOnOtherThreadsAtTheSameTimeAreAllCounted() throws Exception {
        RetainedBytes retained = new RetainedBytes(this.loop);
        Future<?> onLoop = this.loop.submit(() -> {
            for (int i = 0; i < 100_000; i++) {
                retained.add(3);
            }
        });
        Thread other = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                retained.add(-1);
            }
        });
        other.start();
        onLoop.get(10, TimeUnit.SECONDS);
        other.join(10_000);
        assertThat(retained.sum()).isEqualTo(200_000);
    }

    @Test
    void withoutAnEventLoopEveryUpdateIsAtomic() throws Exception {
        RetainedBytes retained = new RetainedBytes(null);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    retained.add(2);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        assertThat(retained.sum()).isEqualTo(80_000);
    }
}
