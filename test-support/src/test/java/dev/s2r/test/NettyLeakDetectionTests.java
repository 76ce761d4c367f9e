/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves that the leak detection every test class runs under would catch a leaked buffer. Each test consumes
 * the leak it provokes, so the class itself passes {@link LeakDetectionExtension}'s check.
 */
class NettyLeakDetectionTests {

    @Test
    void recordingDetectorIsInstalledBeforeAnyBufferIsAllocated() {
        assertThat(NettyLeakDetection.isEnabled()).as("leak detection enabled").isTrue();
        assertThat(NettyLeakDetection.isRecordingBufferLeaks()).as("buffer leaks are recorded").isTrue();
    }

    @Test
    void leakedBufferIsRecordedWithItsAccessRecords() {
        String marker = "deliberate-leak-" + UUID.randomUUID();
        leakBuffer(marker);

        List<String> leaks = collectUntilFound(marker);

        assertThat(leaks).anySatisfy(leak -> assertThat(leak).startsWith("LEAK: ").contains(marker));
    }

    @Test
    void leakCheckFailsWithTheLeakRecordInTheMessage() {
        String marker = "deliberate-leak-" + UUID.randomUUID();
        leakBuffer(marker);

        assertThatThrownBy(() -> NettyLeakDetection.assertNoLeaks("leak self-test"))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("Netty resource leak(s) detected in leak self-test")
            .hasMessageContaining(marker);
    }

    @Test
    void releasedBufferIsNotReported() {
        String marker = "released-buffer-" + UUID.randomUUID();
        ByteBuf buffer = ByteBufAllocator.DEFAULT.buffer(16).touch(marker);
        buffer.writeLong(42L);
        buffer.release();

        assertThat(NettyLeakDetection.collectLeaks()).noneSatisfy(leak -> assertThat(leak).contains(marker));
    }

    /** Allocates a buffer, marks it and drops the only reference without releasing it. */
    private static void leakBuffer(String marker) {
        ByteBuf buffer = ByteBufAllocator.DEFAULT.directBuffer(16).touch(marker);
        buffer.writeLong(42L);
    }

    /** Garbage collection is not deterministic: collect a few times until the marked leak shows up. */
    private static List<String> collectUntilFound(String marker) {
        List<String> all = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            all.addAll(NettyLeakDetection.collectLeaks());
            if (all.stream().anyMatch(leak -> leak.contains(marker))) {
                break;
            }
        }
        return all;
    }
}
