package io.wirestream.cli.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Offers inputs to a {@link Feed}: all at once, or at a fixed rate. */
final class Load {

    /** One input: its file name and content. */
    record Input(String name, byte[] content) {
    }

    private Load() {
    }

    /**
     * Sends every input as fast as {@code threads} threads can (parsing runs on them, as on a
     * source's worker threads) and returns when all are handed over (not committed).
     */
    static void all(Feed feed, List<Input> inputs, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-feed");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Input input : inputs) {
                pool.execute(() -> feed.send(input.name(), input.content()));
            }
        } finally {
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("feeding did not finish in 10 minutes");
            }
        }
    }

    /**
     * Sends input i at {@code i / rate} seconds after the start from this thread (a late send is
     * not made up by a burst beyond the schedule: the next ones follow at once until it is caught up).
     */
    static void atRate(Feed feed, List<Input> inputs, double perSecond) {
        long start = System.nanoTime();
        for (int i = 0; i < inputs.size(); i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            feed.send(inputs.get(i).name(), inputs.get(i).content());
        }
    }
}
