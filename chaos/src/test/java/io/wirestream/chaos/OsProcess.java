package io.wirestream.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One incarnation of a process the harness launched: the broker or a {@code wirestream run} stage.
 * Output goes to {@code <name>.out} and {@code <name>.err} (appended across restarts, so the log
 * of every incarnation stays). Signals are real: {@link #kill()} is SIGKILL, {@link #terminate()}
 * SIGTERM, {@link #pause()} and {@link #resume()} SIGSTOP and SIGCONT.
 *
 * <p>Not thread-safe; one test drives it.
 */
final class OsProcess {

    private final String name;
    private final List<String> command;
    private final Path logDir;
    private final Process process;
    private final long startedNanos;
    private final long errOffset;

    private OsProcess(String name, List<String> command, Path logDir) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logDir = logDir;
        try {
            Files.createDirectories(logDir);
            Path out = logDir.resolve(name + ".out");
            Path err = logDir.resolve(name + ".err");
            Files.writeString(err, "---- start " + java.time.Instant.now() + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            this.errOffset = Files.size(err);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()));
            builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
            // The stages' lifecycle (rebalances, RUNNING, fencing) in the logs, for failure analysis.
            builder.environment().put("WIRESTREAM_LOG_LEVEL", "INFO");
            this.startedNanos = System.nanoTime();
            this.process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    static OsProcess start(String name, List<String> command, Path logDir) {
        return new OsProcess(name, command, logDir);
    }

    /** A new incarnation with the same command line and log files. */
    OsProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + pid() + ")");
        }
        return new OsProcess(name, command, logDir);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long startedNanos() {
        return startedNanos;
    }

    /** SIGKILL, then waits for the process to be gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM; the caller waits with {@link #awaitExit}. */
    void terminate() {
        process.destroy();
    }

    void pause() {
        signal("STOP");
    }

    void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The exit code, or throws if the process is still running after {@code timeout}. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " (pid " + pid() + ") still running after " + timeout
                        + "\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code text} appears in this process's stdout log (of any incarnation after {@code skip} bytes). */
    void awaitOutput(String text, long skip, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path out = logDir.resolve(name + ".out");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before printing '"
                        + text + "'\n" + tail());
            }
            try {
                if (Files.exists(out)) {
                    byte[] bytes = Files.readAllBytes(out);
                    String s = new String(bytes, (int) Math.min(skip, bytes.length),
                            (int) (bytes.length - Math.min(skip, bytes.length)), StandardCharsets.UTF_8);
                    if (s.contains(text)) {
                        return;
                    }
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " did not print '" + text + "' within " + timeout + "\n" + tail());
    }

    /**
     * When this incarnation logged a line containing {@code text} (the stages log to stderr with
     * an {@code HH:mm:ss.SSS} UTC time first); waits up to {@code timeout}.
     */
    java.time.Instant awaitLogLine(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path err = logDir.resolve(name + ".err");
        while (System.nanoTime() < deadline) {
            try {
                byte[] bytes = Files.readAllBytes(err);
                String log = new String(bytes, (int) Math.min(errOffset, bytes.length),
                        (int) (bytes.length - Math.min(errOffset, bytes.length)), StandardCharsets.UTF_8);
                for (String line : log.split("\n")) {
                    if (line.contains(text) && line.length() > 12) {
                        java.time.LocalTime time = java.time.LocalTime.parse(line.substring(0, 12));
                        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).atTime(time)
                                .toInstant(java.time.ZoneOffset.UTC);
                    }
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " logged no '" + text + "' within " + timeout + "\n" + tail());
    }

    /** The lines this incarnation logged that contain one of {@code texts}, so far. */
    List<String> logLines(List<String> texts) {
        try {
            Path err = logDir.resolve(name + ".err");
            byte[] bytes = Files.readAllBytes(err);
            String log = new String(bytes, (int) Math.min(errOffset, bytes.length),
                    (int) (bytes.length - Math.min(errOffset, bytes.length)), StandardCharsets.UTF_8);
            return log.lines().filter(line -> texts.stream().anyMatch(line::contains)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long stdoutSize() {
        try {
            Path out = logDir.resolve(name + ".out");
            return Files.exists(out) ? Files.size(out) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of stderr, for failure messages. */
    String tail() {
        try {
            Path err = logDir.resolve(name + ".err");
            if (!Files.exists(err)) {
                return "";
            }
            List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
            return name + ".err (last lines):\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return name + "[pid " + pid() + (isAlive() ? "" : ", exited") + "]";
    }
}
