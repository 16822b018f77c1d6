package io.wirestream.embedded;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the embedded broker's own loggers down (default {@code WARN}) without depending on any
 * logging backend: whatever backend the application put behind slf4j is adjusted by reflection.
 * Supported: Logback, slf4j-simple, java.util.logging (slf4j-jdk14) and Log4j 2 (log4j-slf4j2-impl).
 *
 * <p>Only loggers the application did not configure itself are touched, so a
 * {@code <logger name="kafka" level="INFO"/>} in the application's config wins. The system property
 * {@value #LEVEL_PROPERTY} chooses the level ({@code ERROR}, {@code WARN}, {@code INFO},
 * {@code DEBUG}, {@code TRACE}) or, with {@code unchanged}, leaves logging alone. Client loggers
 * ({@code org.apache.kafka.clients}, {@code org.apache.kafka.common}) are never touched: they are
 * shared with the application's own producers and consumers.
 */
final class BrokerLogging {

    static final String LEVEL_PROPERTY = "wirestream.embedded.broker.log.level";

    /** Logger name prefixes used by the broker and controller code (Scala core and Java modules). */
    static final List<String> BROKER_LOGGERS = List.of(
        "kafka", "state.change.logger",
        "org.apache.kafka.server", "org.apache.kafka.raft", "org.apache.kafka.controller",
        "org.apache.kafka.metadata", "org.apache.kafka.image", "org.apache.kafka.storage",
        "org.apache.kafka.coordinator", "org.apache.kafka.snapshot", "org.apache.kafka.queue",
        "org.apache.kafka.network", "org.apache.kafka.security", "org.apache.kafka.deferred",
        "org.apache.kafka.timeline", "org.apache.kafka.logger");

    private static final Logger LOG = LoggerFactory.getLogger(BrokerLogging.class);

    /** JUL keeps loggers weakly; hold the ones we configured so their level sticks. */
    private static final List<java.util.logging.Logger> JUL_LOGGERS = new ArrayList<>();

    private static boolean applied;

    private BrokerLogging() {
    }

    static synchronized void quiet() {
        if (applied) {
            return;
        }
        applied = true;
        String level = System.getProperty(LEVEL_PROPERTY, "WARN").trim().toUpperCase(Locale.ROOT);
        if (level.equals("UNCHANGED")) {
            return;
        }
        if (!List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE").contains(level)) {
            LOG.warn("Ignoring {}={}: expected ERROR, WARN, INFO, DEBUG, TRACE or unchanged", LEVEL_PROPERTY, level);
            return;
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        String backend = factory.getClass().getName();
        try {
            switch (backend) {
                case "ch.qos.logback.classic.LoggerContext" -> logback(factory, level);
                case "org.slf4j.simple.SimpleLoggerFactory" -> simple(level);
                case "org.slf4j.jul.JDK14LoggerFactory" -> jul(level);
                case "org.apache.logging.slf4j.Log4jLoggerFactory" -> log4j(level);
                default -> LOG.debug("Leaving broker logging to {}: no level adjustment for it", backend);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("Could not adjust broker log levels through {}", backend, e);
        }
    }

    private static void logback(ILoggerFactory context, String level) throws ReflectiveOperationException {
        ClassLoader loader = context.getClass().getClassLoader();
        Class<?> levelClass = Class.forName("ch.qos.logback.classic.Level", true, loader);
        Object wanted = levelClass.getMethod("toLevel", String.class).invoke(null, level);
        Class<?> loggerClass = Class.forName("ch.qos.logback.classic.Logger", true, loader);
        Method getLevel = loggerClass.getMethod("getLevel");
        Method setLevel = loggerClass.getMethod("setLevel", levelClass);
        for (String name : BROKER_LOGGERS) {
            Object logger = context.getLogger(name);
            if (getLevel.invoke(logger) == null) { // null: not configured, inherits from its parent
                setLevel.invoke(logger, wanted);
            }
        }
    }

    private static void simple(String level) {
        // slf4j-simple reads these properties when each logger is created, walking up the dotted name.
        for (String name : BROKER_LOGGERS) {
            String key = "org.slf4j.simpleLogger.log." + name;
            if (System.getProperty(key) == null) {
                System.setProperty(key, level.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static void jul(String level) {
        java.util.logging.Level wanted = switch (level) {
            case "ERROR" -> java.util.logging.Level.SEVERE;
            case "WARN" -> java.util.logging.Level.WARNING;
            case "INFO" -> java.util.logging.Level.INFO;
            case "DEBUG" -> java.util.logging.Level.FINE;
            default -> java.util.logging.Level.FINEST;
        };
        for (String name : BROKER_LOGGERS) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(wanted);
                JUL_LOGGERS.add(logger);
            }
        }
    }

    private static void log4j(String level) throws ReflectiveOperationException {
        ClassLoader loader = BrokerLogging.class.getClassLoader();
        Class<?> logManager = Class.forName("org.apache.logging.log4j.LogManager", true, loader);
        Object context = logManager.getMethod("getContext", boolean.class).invoke(null, false);
        Object configuration = context.getClass().getMethod("getConfiguration").invoke(context);
        Object configured = configuration.getClass().getMethod("getLoggers").invoke(configuration);
        Class<?> levelClass = Class.forName("org.apache.logging.log4j.Level", true, loader);
        Object wanted = levelClass.getMethod("toLevel", String.class).invoke(null, level);
        Class<?> configurator = Class.forName("org.apache.logging.log4j.core.config.Configurator", true, loader);
        Method setLevel = configurator.getMethod("setLevel", String.class, levelClass);
        for (String name : BROKER_LOGGERS) {
            if (!((java.util.Map<?, ?>) configured).containsKey(name)) {
                setLevel.invoke(null, name, wanted);
            }
        }
    }
}
