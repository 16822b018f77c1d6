package io.wirestream.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This JVM's heap: the peak of the used heap sampled every 100 ms while the benchmark runs, and the
 * used heap after a full GC at the end (what stays live: broker, stages, stores, caches).
 */
final class HeapWatch implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-heap-watch");
        t.setDaemon(true);
        return t;
    });

    HeapWatch start() {
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 100, TimeUnit.MILLISECONDS);
        return this;
    }

    /** {@code heap: 310 MB used after GC, peak 900 MB (max 2048 MB)}. */
    String describe() {
        long peakBytes = peak.get();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        long after = memory.getHeapMemoryUsage().getUsed();
        return String.format(Locale.ROOT, "%.0f MB used after GC, peak %.0f MB (sampled every 100 ms; max heap %.0f MB)",
                after / 1048576.0, peakBytes / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
