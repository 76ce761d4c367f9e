/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.harness;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tracks the largest heap occupancy after any garbage collection while armed, from the JVM's GC
 * notifications; the growth is that peak minus the occupancy after a full GC taken when arming.
 *
 * <p>Drivers on Netty keep received bytes in direct (off-heap) buffers, which the heap does not show, so it also
 * samples direct memory every few milliseconds while armed: Netty's own counter of the direct memory it
 * allocated without a cleaner plus the JDK's {@code direct} buffer pool.
 */
public final class HeapWatcher implements AutoCloseable {

    private final List<Runnable> removers = new ArrayList<>();
    private volatile boolean armed;
    private volatile long baseline = -1;
    private volatile long peakAfterGc = -1;
    private volatile int collections;
    private volatile long directBaseline = -1;
    private volatile long directPeak = -1;
    private final Thread sampler;

    /** Starts listening to every garbage collector's notifications (disarmed). */
    public HeapWatcher() {
        NotificationListener listener = (notification, handback) -> {
            if (!armed || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeapPool(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            synchronized (this) {
                collections++;
                peakAfterGc = Math.max(peakAfterGc, used);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                removers.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (armed) {
                    sampleDirect();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-direct-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void sampleDirect() {
        directPeak = Math.max(directPeak, directUsed());
    }

    /** @return direct memory in use: Netty's no-cleaner allocations plus the JDK's direct buffer pool */
    static long directUsed() {
        long used = Math.max(0, io.netty.util.internal.PlatformDependent.usedDirectMemory());
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                used += pool.getMemoryUsed();
            }
        }
        return used;
    }

    private static boolean isHeapPool(String name) {
        return name.contains("Eden") || name.contains("Survivor") || name.contains("Old") || name.contains("Humongous");
    }

    /** Takes a full GC, records the occupancy after it as the baseline (first call only) and arms. */
    public void arm() {
        System.gc();
        if (baseline < 0) {
            baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            directBaseline = directUsed();
        }
        armed = true;
    }

    /** Stops recording until the next {@link #arm()}. */
    public void disarm() {
        armed = false;
    }

    /** Forces a GC now, so that the live heap at this point of the run is observed. */
    public void probe() {
        if (armed) {
            sampleDirect();
            System.gc();
        }
    }

    /** @return the peak heap after GC minus the baseline, in MB (0 when nothing was observed) */
    public double growthMb() {
        if (baseline < 0 || peakAfterGc < 0) {
            return 0;
        }
        return Math.max(0, peakAfterGc - baseline) / (1024.0 * 1024.0);
    }

    /** @return the peak direct memory while armed minus that at the first arming, in MB */
    public double directGrowthMb() {
        if (directBaseline < 0 || directPeak < 0) {
            return 0;
        }
        return Math.max(0, directPeak - directBaseline) / (1024.0 * 1024.0);
    }

    /** @return the peak heap after GC while armed, in MB */
    public double peakMb() {
        return Math.max(0, peakAfterGc) / (1024.0 * 1024.0);
    }

    /** @return how many collections were seen while armed */
    public int collections() {
        return collections;
    }

    @Override
    public void close() {
        sampler.interrupt();
        removers.forEach(Runnable::run);
    }
}
