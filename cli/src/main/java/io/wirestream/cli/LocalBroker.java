package io.wirestream.cli;

/**
 * The demo's broker: nothing to start for an external cluster, an in-process KRaft broker
 * otherwise. The embedded broker's classes are touched only in {@link #start}, so the commands run
 * without them on the class path (the container image) as long as a cluster is given.
 */
final class LocalBroker implements AutoCloseable {

    private final String bootstrapServers;
    private final AutoCloseable owned;
    private final Runnable leaveShutdownToOwner;

    private LocalBroker(String bootstrapServers, AutoCloseable owned, Runnable leaveShutdownToOwner) {
        this.bootstrapServers = bootstrapServers;
        this.owned = owned;
        this.leaveShutdownToOwner = leaveShutdownToOwner;
    }

    /**
     * @param external a bootstrap list to use as it is, or null to start an embedded broker
     * @throws IllegalStateException if an embedded broker is needed but not on the class path
     */
    static LocalBroker start(String external) {
        if (external != null) {
            return new LocalBroker(external, null, () -> { });
        }
        try {
            Class.forName("io.wirestream.embedded.EmbeddedKafka");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the embedded Kafka broker is not on this class path (run ./wirestream"
                    + " from a checkout, or give --bootstrap-servers)");
        }
        io.wirestream.embedded.EmbeddedKafka kafka = io.wirestream.embedded.EmbeddedKafka.start();
        return new LocalBroker(kafka.bootstrapServers(), kafka, kafka::leaveShutdownToOwner);
    }

    /**
     * Called once the caller's shutdown hook closes this broker after the stages: the embedded broker's own hook
     * would race it and could stop the broker while a stage still commits (a 30 s wait on Ctrl-C).
     */
    void leaveShutdownToOwner() {
        leaveShutdownToOwner.run();
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the embedded broker: " + e.getMessage(), e);
            }
        }
    }
}
