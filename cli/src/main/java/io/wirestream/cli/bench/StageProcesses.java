package io.wirestream.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The stages as OS processes: {@code wirestream run --stage ingest|enrich|publish}, each a child JVM
 * started with this JVM's java and class path, against the benchmark's broker; each child's output
 * goes to {@code <stage>.log} in the log folder. {@link #close()} stops them with SIGTERM (then
 * SIGKILL after 20 s) and is also run by a shutdown hook, so Ctrl-C leaves no child behind.
 */
final class StageProcesses implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Path logDir;
    private final List<String> javaOptions;
    private final Thread hook = new Thread(this::stopAll, "bench-stop-stages");

    /**
     * @param logDir      where each child's output goes
     * @param javaOptions JVM options of every child (heap size, JFR, ...)
     */
    StageProcesses(Path logDir, List<String> javaOptions) {
        this.logDir = logDir;
        this.javaOptions = List.copyOf(javaOptions);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts {@code wirestream run --stage <stage> <args>}; returns at once. */
    void start(String stage, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.wirestream.cli.WirestreamCommand",
                "run", "--stage", stage));
        command.addAll(args);
        Path log = logDir.resolve(stage + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        processes.add(process);
        names.add(stage);
    }

    /** Throws naming the first child that has exited, with the end of its log. */
    void requireAlive() {
        for (int i = 0; i < processes.size(); i++) {
            if (!processes.get(i).isAlive()) {
                throw new IllegalStateException("stage " + names.get(i) + " exited with " + processes.get(i).exitValue()
                        + "; end of its log:\n" + tail(logDir.resolve(names.get(i) + ".log")));
            }
        }
    }

    /** Each child's peak resident memory ({@code VmHWM}), e.g. {@code ingest 410 MB, enrich 520 MB}. */
    String peakMemory() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            parts.add(names.get(i) + " " + vmHwm(processes.get(i).pid()));
        }
        return String.join(", ", parts);
    }

    private static String vmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or gone
        }
        return "?";
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void stopAll() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }
}
