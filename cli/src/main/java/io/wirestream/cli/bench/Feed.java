package io.wirestream.cli.bench;

import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/** How the benchmark hands one input to ingest. Implementations are thread-safe. */
interface Feed {

    /** Hands over one input without waiting for it to be committed. */
    void send(String name, byte[] content);

    /** Inputs that failed (a dead letter or a sink error); zero in a good run. */
    long failures();

    /**
     * Straight to the in-process ingestor, as a source does: the receipt time is stamped when the
     * input is taken, the input is parsed on the caller's thread and submitted to the transactional
     * sink without waiting; at most {@code maxInFlight} inputs wait for their commit at once.
     */
    static Feed ingestor(Ingestor ingestor, int maxInFlight) {
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong failures = new AtomicLong();
        return new Feed() {
            @Override
            public void send(String name, byte[] content) {
                inFlight.acquireUninterruptibly();
                var input = ingestor.prepare(content, new Origin("bench/" + name, null, Instant.now()), null);
                ingestor.submit(input).whenComplete((result, error) -> {
                    if (error != null || result.failed()) {
                        failures.incrementAndGet();
                    }
                    inFlight.release();
                });
            }

            @Override
            public long failures() {
                return failures.get();
            }
        };
    }

    /**
     * Into a drop folder the way agencies should deliver: written under a {@code .tmp} name (which
     * the drop folder ignores), then renamed to its final name in one atomic move.
     */
    static Feed dropFolder(Path folder) {
        return new Feed() {
            @Override
            public void send(String name, byte[] content) {
                try {
                    Path tmp = folder.resolve(name + ".tmp");
                    Files.write(tmp, content);
                    Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot deliver " + name + " into " + folder, e);
                }
            }

            @Override
            public long failures() {
                return 0; // a rejected file would show as a missing story
            }
        };
    }
}
