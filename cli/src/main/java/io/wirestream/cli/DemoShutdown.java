package io.wirestream.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * How the demo ends, on Ctrl-C (as a shutdown hook: the JVM then exits 130) or when done: stops
 * what runs, prints one closing line with the counts and the time, and deletes the temporary
 * folders it made. Runs once, whichever comes first.
 */
final class DemoShutdown implements Runnable {

    private final PrintWriter out;
    private final long startedNanos;
    private final IntSupplier stories;
    private final IntSupplier deadLetters;
    private final List<AutoCloseable> closeInOrder;
    private final List<Path> temporaryFolders;
    private final AtomicBoolean ran = new AtomicBoolean();

    /**
     * @param closeInOrder     what to stop, first the printer (so it prints all it holds)
     * @param temporaryFolders folders the demo created and nobody else needs
     */
    DemoShutdown(PrintWriter out, long startedNanos, IntSupplier stories, IntSupplier deadLetters,
            List<AutoCloseable> closeInOrder, List<Path> temporaryFolders) {
        this.out = out;
        this.startedNanos = startedNanos;
        this.stories = stories;
        this.deadLetters = deadLetters;
        this.closeInOrder = List.copyOf(closeInOrder);
        this.temporaryFolders = List.copyOf(temporaryFolders);
    }

    @Override
    public void run() {
        if (!ran.compareAndSet(false, true)) {
            return;
        }
        for (AutoCloseable part : closeInOrder) {
            try {
                part.close();
            } catch (Exception e) {
                // Keep stopping the rest: a half-stopped demo would keep the folders and the port.
                out.println("wirestream demo: while stopping: " + Texts.cut(e.getMessage()));
            }
        }
        temporaryFolders.forEach(DemoShutdown::delete);
        out.printf("%nwirestream demo stopped after %.1f s: %d stories, %d dead letter(s).%n",
                (System.nanoTime() - startedNanos) / 1e9, stories.getAsInt(), deadLetters.getAsInt());
        out.flush();
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temporary folder; the broker deletes its own
        }
    }
}
