package io.wirestream.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine's load, printed beside every figure: on a shared machine the neighbours are part of it. */
final class MachineLoad {

    private MachineLoad() {
    }

    /** Like {@code uptime}: {@code load average 1.20, 0.90, 0.70 (2 cores)}. */
    static String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.format(Locale.ROOT, "load average %s, %s, %s (%d cores)", parts[0], parts[1], parts[2], cores);
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "load average %.2f (%d cores)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
        }
    }
}
