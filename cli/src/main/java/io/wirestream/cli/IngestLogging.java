package io.wirestream.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.wirestream.ingest.Ingestor;
import org.slf4j.LoggerFactory;

/**
 * The ingestor logs each rejected input at WARN ("Dead-lettering ..."), which is right for a stage
 * whose log is its only voice. The commands that report each rejection themselves (parse, enrich,
 * the demo) turn that line off, so a bad file says so once.
 */
final class IngestLogging {

    private IngestLogging() {
    }

    /** Turns the ingestor's per-input rejection lines off, unless the log level asks for DEBUG. */
    static void quietRejections() {
        if (LoggerFactory.getLogger(Ingestor.class) instanceof Logger logger && !logger.isDebugEnabled()) {
            logger.setLevel(Level.ERROR);
        }
    }
}
