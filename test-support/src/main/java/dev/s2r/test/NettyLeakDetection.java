/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Turns Netty's leak reports into test failures.
 *
 * <p>{@link #install()} replaces Netty's {@link ResourceLeakDetectorFactory} with one whose detectors record every
 * leak they report (in addition to logging it). It must run before the first {@link ByteBuf} class is
 * initialised, which {@link LeakDetectionExtension} ensures when it is registered through JUnit's extension
 * auto-detection. When the system property {@code io.netty.leakDetection.level} is not set, it also raises the
 * level to {@link ResourceLeakDetector.Level#PARANOID PARANOID} so every buffer is tracked.
 *
 * <p>Netty notices a leak only when the leaked buffer has been garbage-collected and a later allocation polls the
 * reference queue; {@link #collectLeaks()} forces both.
 */
public final class NettyLeakDetection {

    private static final String LEVEL_PROPERTY = "io.netty.leakDetection.level";
    private static final int GC_ROUNDS = 4;
    private static final Queue<String> LEAKS = new ConcurrentLinkedQueue<>();
    private static volatile boolean installed;

    private NettyLeakDetection() {
    }

    /** Installs the recording detector factory; idempotent. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        if (System.getProperty(LEVEL_PROPERTY) == null && System.getProperty("io.netty.leakDetectionLevel") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        }
        ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
        installed = true;
    }

    /**
     * Tells whether the detector that tracks {@link ByteBuf}s records leaks, that is whether {@link #install()} ran
     * before Netty's buffer classes were initialised.
     *
     * @return {@code true} when buffer leaks will be recorded
     */
    public static boolean isRecordingBufferLeaks() {
        try {
            Class<?> abstractByteBuf = Class.forName("io.netty.buffer.AbstractByteBuf");
            Field field = abstractByteBuf.getDeclaredField("leakDetector");
            field.setAccessible(true);
            return field.get(null) instanceof RecordingDetector;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot inspect Netty's buffer leak detector", e);
        }
    }

    /** @return whether leak detection is switched on at all (level other than {@code DISABLED}) */
    public static boolean isEnabled() {
        return ResourceLeakDetector.isEnabled();
    }

    /**
     * Runs the garbage collector and allocates buffers a few times so that pending leaks are reported, then
     * returns and forgets every leak recorded so far.
     *
     * @return the leak reports, oldest first; empty when there was no leak
     */
    public static List<String> collectLeaks() {
        for (int round = 0; round < GC_ROUNDS; round++) {
            System.gc();
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pollLeakQueues();
        }
        List<String> leaks = new ArrayList<>();
        for (String leak; (leak = LEAKS.poll()) != null; ) {
            leaks.add(leak);
        }
        return leaks;
    }

    /**
     * Fails when Netty reported a leak since the last check.
     *
     * @param scope what was running, used in the failure message (for example a test class name)
     * @throws AssertionError listing every leak record
     */
    public static void assertNoLeaks(String scope) {
        List<String> leaks = collectLeaks();
        if (!leaks.isEmpty()) {
            StringBuilder message = new StringBuilder()
                .append(leaks.size()).append(" Netty resource leak(s) detected in ").append(scope).append(':');
            for (String leak : leaks) {
                message.append("\n\n").append(leak);
            }
            throw new AssertionError(message.toString());
        }
    }

    private static void pollLeakQueues() {
        // Every tracked allocation first drains the detector's reference queue and reports what it finds.
        ByteBufAllocator[] allocators = {ByteBufAllocator.DEFAULT, PooledByteBufAllocator.DEFAULT,
            UnpooledByteBufAllocator.DEFAULT};
        for (ByteBufAllocator allocator : allocators) {
            allocator.directBuffer(1).release();
            allocator.heapBuffer(1).release();
        }
    }

    private static final class RecordingFactory extends ResourceLeakDetectorFactory {

        @Override
        @SuppressWarnings("deprecation")
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval,
                                                                    long maxActive) {
            return new RecordingDetector<>(resource, samplingInterval);
        }

        @Override
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval) {
            return new RecordingDetector<>(resource, samplingInterval);
        }
    }

    private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {

        RecordingDetector(Class<?> resourceType, int samplingInterval) {
            super(resourceType, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            return true;
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            LEAKS.add("LEAK: " + resourceType + ".release() was not called before it was garbage-collected."
                + " Recent access records:" + records);
            super.reportTracedLeak(resourceType, records);
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            LEAKS.add("LEAK: " + resourceType + ".release() was not called before it was garbage-collected"
                + " (no access records; run with -D" + LEVEL_PROPERTY + "=paranoid to see them)");
            super.reportUntracedLeak(resourceType);
        }
    }
}
