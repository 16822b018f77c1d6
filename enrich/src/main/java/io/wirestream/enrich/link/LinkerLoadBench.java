package io.wirestream.enrich.link;

import io.wirestream.enrich.ner.EntityType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Prints how long the bundled tables take to load, the heap they retain, and a rough link rate. A check to run by
 * hand, not a timed test (timings on a shared machine are noise for an assertion):
 * <pre>
 * ./mvnw -B -ntp -o -q -pl enrich -am compile
 * java -Xmx64m -cp enrich/target/classes io.wirestream.enrich.link.LinkerLoadBench
 * </pre>
 */
public final class LinkerLoadBench {

    private LinkerLoadBench() {
    }

    /** Runs the check; no arguments. */
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        // CPU time of this thread as well as wall time: on a shared machine the wall time mostly measures waiting.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        EntityLinker linker = EntityLinker.standard();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long loadCpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long retained = usedAfterGc(rt) - before;

        List<String> places = List.of("Pristina", "Prizren", "Kosovo", "Vienna", "Paris", "London", "Serbia", "U.S.");
        List<String> orgs = List.of("NATO", "KFOR", "EUFOR", "Unknown Council of Things", "European Union");
        LinkContext context = linker.contextFor("PRISTINA", places);
        int rounds = 200_000;
        int found = 0;
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            String p = places.get(i % places.size());
            String o = orgs.get(i % orgs.size());
            found += linker.link(EntityType.LOCATION, p, List.of(p), context).isPresent() ? 1 : 0;
            found += linker.link(EntityType.ORGANIZATION, o, List.of(o), context).isPresent() ? 1 : 0;
        }
        double perSecond = 2.0 * rounds / ((System.nanoTime() - t1) / 1e9);

        System.out.printf("load: %d ms wall, %d ms CPU (first load in this JVM, includes class loading)%n",
                loadMs, loadCpuMs);
        System.out.printf("retained heap: %.1f MB (max heap %.0f MB)%n", retained / 1e6, rt.maxMemory() / 1e6);
        System.out.printf("links: %.0f per second (%d of %d found)%n", perSecond, found, 2 * rounds);
        // Keep the linker reachable until after the measurement.
        System.out.println("linker: " + (linker != null ? "ok" : "?"));
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
