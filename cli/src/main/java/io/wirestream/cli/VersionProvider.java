package io.wirestream.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code wirestream --version}: the Implementation-Version the build wrote into the jar's manifest. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"wirestream " + version(), "Java " + System.getProperty("java.version")};
    }

    /** The version of the running jar, or {@code dev} when run from classes (an IDE, a test). */
    static String version() {
        Package p = VersionProvider.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
