package io.wirestream.cli.bench;

import io.wirestream.pipeline.Pipeline;

/** Where the benchmarked stages run, and how inputs reach their ingest. */
interface Stages extends AutoCloseable {

    /** Most inputs an in-process feed keeps waiting for their commit, as a drop folder would. */
    int MAX_IN_FLIGHT = 1000;

    Feed feed();

    /** Throws if a stage has stopped. */
    void requireAlive();

    /** Peak memory of the stage processes, or "" when they run in this JVM. */
    String peakMemory();

    @Override
    void close();

    static Stages inProcess(Pipeline pipeline) {
        Feed feed = Feed.ingestor(pipeline.ingestor(), MAX_IN_FLIGHT);
        return new Stages() {
            @Override
            public Feed feed() {
                return feed;
            }

            @Override
            public void requireAlive() {
                pipeline.health().forEach((name, health) -> {
                    if (health.status().isTerminal()) {
                        throw new IllegalStateException("stage " + name + " stopped: " + health.reason());
                    }
                });
            }

            @Override
            public String peakMemory() {
                return "";
            }

            @Override
            public void close() {
                pipeline.close();
            }
        };
    }

    static Stages processes(StageProcesses children, Feed feed) {
        return new Stages() {
            @Override
            public Feed feed() {
                return feed;
            }

            @Override
            public void requireAlive() {
                children.requireAlive();
            }

            @Override
            public String peakMemory() {
                return children.peakMemory();
            }

            @Override
            public void close() {
                children.close();
            }
        };
    }
}
