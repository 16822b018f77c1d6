package io.wirestream.testkit;

/**
 * Whether a Docker engine is there for Testcontainers. Behind an interface so that the cluster
 * choice can be tested with an engine present or absent on any machine.
 */
@FunctionalInterface
public interface DockerEngine {

    /** True if containers can be started now. Never throws. */
    boolean available();

    /** Asks Testcontainers, which tries the usual sockets and DOCKER_HOST; false on any failure. */
    static DockerEngine testcontainers() {
        return () -> {
            try {
                return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        };
    }
}
