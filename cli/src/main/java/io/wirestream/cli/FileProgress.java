package io.wirestream.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a command over many files, on stderr: a progress bar on a terminal, a plain line every
 * {@code every} otherwise (a log or CI keeps no carriage returns), then one summary line: files,
 * stories, rejections, time and rate. Nothing at all for fewer than {@link #MIN_FILES} files.
 * Not thread-safe: the command's thread reports each file.
 */
final class FileProgress implements AutoCloseable {

    /** Fewer files than this show no progress and no summary: the output says it all. */
    static final int MIN_FILES = 3;

    /** How often the plain form prints a line. */
    static final Duration EVERY = Duration.ofSeconds(5);

    private final String command;
    private final String rejectedWord;
    private final int totalFiles;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long everyNanos;
    private final long startedNanos;
    private final boolean shown;
    private final ProgressBar bar;
    private long lastLineNanos;
    private int files;
    private int stories;
    private int rejected;
    private boolean closed;

    /**
     * @param command      names the lines ("parse", "run")
     * @param rejectedWord what a failed file is called in the lines ("rejected", "dead letters")
     * @param terminal     whether stderr is a terminal: a bar, else plain lines
     */
    FileProgress(String command, String rejectedWord, int totalFiles, PrintWriter err, boolean terminal,
            LongSupplier nanoTime, Duration every) {
        this.command = command;
        this.rejectedWord = rejectedWord;
        this.totalFiles = totalFiles;
        this.err = err;
        this.nanoTime = nanoTime;
        this.everyNanos = every.toNanos();
        this.startedNanos = nanoTime.getAsLong();
        this.lastLineNanos = startedNanos;
        this.shown = totalFiles >= MIN_FILES;
        this.bar = shown && terminal ? new ProgressBarBuilder().setTaskName(command).setInitialMax(totalFiles)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null;
    }

    /** The progress shown for this command: a bar if stderr is a terminal, plain lines otherwise. */
    static FileProgress forCommand(String command, String rejectedWord, int totalFiles, PrintWriter err) {
        return new FileProgress(command, rejectedWord, totalFiles, err, stderrIsTerminal(), System::nanoTime, EVERY);
    }

    /** One file done, with the stories it gave, or rejected. */
    void file(int storiesOfFile, boolean wasRejected) {
        files++;
        stories += storiesOfFile;
        rejected += wasRejected ? 1 : 0;
        if (bar != null) {
            bar.stepTo(files);
            bar.setExtraMessage(stories + " stories, " + rejected + " " + rejectedWord);
            return;
        }
        long now = nanoTime.getAsLong();
        if (shown && now - lastLineNanos >= everyNanos && files < totalFiles) {
            lastLineNanos = now;
            err.printf("%s: %d/%d files, %d stories, %d %s, %.1f s%n", command, files, totalFiles, stories, rejected,
                    rejectedWord, (now - startedNanos) / 1e9);
            err.flush();
        }
    }

    /** Ends the bar and prints the summary line (once). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close();
        }
        if (!shown) {
            return;
        }
        double seconds = Math.max(1e-9, (nanoTime.getAsLong() - startedNanos) / 1e9);
        err.printf("%s: %d files, %d stories, %d %s in %.1f s (%.1f files/s, %.1f stories/s)%n", command, files,
                stories, rejected, rejectedWord, seconds, files / seconds, stories / seconds);
        err.flush();
    }

    /**
     * Whether stderr is a terminal. Java tells only whether the process has a console (stdin and
     * stdout); on Linux /proc says where fd 2 goes, so `cmd 2>log` gets plain lines.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
