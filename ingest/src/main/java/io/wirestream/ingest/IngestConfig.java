package io.wirestream.ingest;

import io.wirestream.config.ClusterSettings;
import io.wirestream.config.CommonConfig;
import io.wirestream.ingest.source.feed.FeedSpec;
import io.wirestream.schemas.Topics;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of the ingest stage. Every key is defined once, in {@link #configDef()}, with its
 * type, default, check and documentation, beside the common keys ({@link CommonConfig});
 * {@link #from(Map)} is the only way settings get in from outside, and it fails naming the
 * offending key. In a pipeline's flat settings the stage's own keys carry the prefix
 * {@value #PREFIX} ({@code ingest.drop.folder}); {@code from} reads them without it.
 *
 * @param cluster the cluster, topic prefix and Kafka client settings ingest writes with
 * @param dropFolder folder watched for incoming files ({@value #DROP_FOLDER_CONFIG}); null when
 *     the stage runs without a drop folder
 * @param pollInterval how often the drop folder is rescanned, and how long a file's size must stay
 *     unchanged before it counts as completely written ({@value #POLL_INTERVAL_MS_CONFIG})
 * @param providerHint provider assumed for input that does not name one
 *     ({@value #PROVIDER_CONFIG}); nullable
 * @param maxInputBytes largest input accepted, checked before it is read or parsed
 *     ({@value #MAX_INPUT_BYTES_CONFIG})
 * @param pinnedFormat id of the wire format to use instead of detecting one
 *     ({@value #FORMAT_CONFIG}); nullable
 * @param transactionalId {@code transactional.id} of the sink's producers
 *     ({@value #TRANSACTIONAL_ID_CONFIG}): unique per ingest instance, stable across its restarts;
 *     not blank (derived from the topic prefix and host name when not set)
 * @param producers transactional producers the sink takes turns with ({@value #PRODUCERS_CONFIG})
 * @param batchMaxInputs most inputs per transaction ({@value #BATCH_MAX_INPUTS_CONFIG})
 * @param batchMaxBytes most serialized bytes per transaction ({@value #BATCH_MAX_BYTES_CONFIG})
 * @param batchLinger longest a transaction stays open collecting inputs ({@value #BATCH_LINGER_MS_CONFIG})
 * @param sourceThreads how many inputs the sources read and parse at once ({@value #SOURCE_THREADS_CONFIG}),
 *     positive (the number of CPUs when the setting is 0)
 * @param httpToken bearer token that HTTP pushes must present ({@value #HTTP_TOKEN_CONFIG}); null
 *     when not set, and then no push endpoint is opened. A {@link Password}, so that it never shows
 *     in this record's {@code toString} or in logged settings
 * @param feeds RSS/Atom feeds polled while ingest runs ({@value #FEEDS_CONFIG}, intervals from
 *     {@value #FEED_INTERVAL_MS_CONFIG} unless an entry gives its own); empty for none
 */
public record IngestConfig(
        ClusterSettings cluster,
        Path dropFolder, Duration pollInterval, String providerHint, long maxInputBytes, String pinnedFormat,
        String transactionalId, int producers, int batchMaxInputs, long batchMaxBytes, Duration batchLinger,
        int sourceThreads, Password httpToken, List<FeedSpec> feeds) {

    public static final String DROP_FOLDER_CONFIG = "drop.folder";
    public static final String DROP_FOLDER_DOC = "Folder watched for incoming wire files. Processed files are"
            + " moved to its done/ subfolder, rejected ones to failed/ with a <name>.reason.txt beside them."
            + " Hidden files and files ending in .tmp, .part, .partial or .filepart are left alone until renamed.";

    public static final String POLL_INTERVAL_MS_CONFIG = "poll.interval.ms";
    public static final String POLL_INTERVAL_MS_DOC = "How often, in milliseconds, the drop folder is rescanned"
            + " (file-system events wake it sooner), and how long a file must stay unchanged before it is"
            + " taken as completely written. A writer that copies a file in place must not pause longer than"
            + " this; renaming a finished file in (or a .tmp/.part name until done) is safe at any setting.";
    public static final long POLL_INTERVAL_MS_DEFAULT = 500;

    public static final String PROVIDER_CONFIG = "provider";
    public static final String PROVIDER_DOC = "Provider (agency) assumed for input that does not name one,"
            + " e.g. the agency that delivers into this drop folder. Plain agency text uses it in story ids.";

    public static final String MAX_INPUT_BYTES_CONFIG = "max.input.bytes";
    public static final String MAX_INPUT_BYTES_DOC = "Largest input, in bytes, that is read and parsed. Larger"
            + " input is dead-lettered without its payload. At most a third of the largest Kafka record Wirestream"
            + " writes (" + Topics.MAX_RECORD_BYTES + " bytes), because an enriched record"
            + " carries the text about three times.";
    public static final long MAX_INPUT_BYTES_DEFAULT = 2L * 1024 * 1024;

    public static final String FORMAT_CONFIG = "format";
    public static final String FORMAT_DOC = "Wire format id (e.g. agency-text, ninjs) to parse every input"
            + " with, instead of detecting the format. Empty: detect.";

    /** Start of the derived {@value #TRANSACTIONAL_ID_CONFIG}. */
    public static final String DEFAULT_TRANSACTIONAL_ID_PREFIX = "wirestream-ingest-";

    public static final String TRANSACTIONAL_ID_CONFIG = "transactional.id";
    public static final String TRANSACTIONAL_ID_DOC = "transactional.id of the ingest producers (with -0, -1, ..."
            + " appended when there are several). It MUST be unique per ingest instance and stay the same across"
            + " restarts of that instance: a restart then aborts what the previous run left open, and two"
            + " instances sharing an id fence each other. Empty: " + DEFAULT_TRANSACTIONAL_ID_PREFIX
            + "<topic prefix><host name>, which suits one ingest instance per host.";

    public static final String PRODUCERS_CONFIG = "producers";
    public static final String PRODUCERS_DOC = "How many transactional producers take turns, so that one commits"
            + " while the next fills its transaction. Keep it the same across restarts of an instance.";
    public static final int PRODUCERS_DEFAULT = 3;

    public static final String BATCH_MAX_INPUTS_CONFIG = "batch.max.inputs";
    public static final String BATCH_MAX_INPUTS_DOC = "Most inputs (files, pushed documents) in one Kafka"
            + " transaction.";
    public static final int BATCH_MAX_INPUTS_DEFAULT = 500;

    public static final String BATCH_MAX_BYTES_CONFIG = "batch.max.bytes";
    public static final String BATCH_MAX_BYTES_DOC = "Most serialized bytes in one Kafka transaction; a larger"
            + " input still goes, alone.";
    public static final long BATCH_MAX_BYTES_DEFAULT = 16L * 1024 * 1024;

    public static final String BATCH_LINGER_MS_CONFIG = "batch.linger.ms";
    public static final String BATCH_LINGER_MS_DOC = "Longest time, in milliseconds, a transaction stays open"
            + " collecting more inputs before it commits.";
    public static final long BATCH_LINGER_MS_DEFAULT = 10;

    public static final String SOURCE_THREADS_CONFIG = "source.threads";
    public static final String SOURCE_THREADS_DOC = "How many inputs the file and drop-folder sources read and"
            + " parse at once. 0: one per CPU.";
    public static final int SOURCE_THREADS_DEFAULT = 0;

    public static final String HTTP_TOKEN_CONFIG = "http.token";
    public static final String HTTP_TOKEN_DOC = "Bearer token that HTTP pushes (POST /v1/articles) must send as"
            + " 'Authorization: Bearer <token>'. Empty: no push endpoint is opened (the demo makes up a random"
            + " token and prints it). Use a long random string; it is compared in constant time.";

    public static final String FEEDS_CONFIG = "feeds";
    public static final String FEEDS_DOC = "RSS or Atom feed URLs polled while ingest runs, comma-separated;"
            + " an entry url|intervalMs gives that feed its own poll interval. Each new or changed item is"
            + " published once (the ingest ledger remembers published items across restarts). Empty: no feeds.";

    public static final String FEED_INTERVAL_MS_CONFIG = "feed.interval.ms";
    public static final String FEED_INTERVAL_MS_DOC = "How often, in milliseconds, a feed is polled after a"
            + " success (conditional GET); errors back off exponentially with jitter, up to 15 minutes.";
    public static final long FEED_INTERVAL_MS_DEFAULT = 300_000;

    /** Prefix of this stage's own keys in a pipeline's flat settings. */
    public static final String PREFIX = "ingest.";

    private static final long MIN_POLL_INTERVAL_MS = 10;
    private static final long MAX_POLL_INTERVAL_MS = 3_600_000;
    // The enriched record of an input must still fit in one Kafka record.
    private static final long MAX_MAX_INPUT_BYTES = Topics.MAX_RECORD_BYTES / 3;
    private static final Pattern FORMAT_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    public IngestConfig {
        java.util.Objects.requireNonNull(cluster, "cluster");
        if (pollInterval == null
                || pollInterval.toMillis() < MIN_POLL_INTERVAL_MS
                || pollInterval.toMillis() > MAX_POLL_INTERVAL_MS) {
            throw new ConfigException(PREFIX + POLL_INTERVAL_MS_CONFIG, pollInterval == null ? null : pollInterval.toMillis(),
                    "must be between " + MIN_POLL_INTERVAL_MS + " and " + MAX_POLL_INTERVAL_MS + " ms");
        }
        providerHint = providerHint == null || providerHint.isBlank() ? null : providerHint.strip();
        if (maxInputBytes < 1 || maxInputBytes > MAX_MAX_INPUT_BYTES) {
            throw new ConfigException(PREFIX + MAX_INPUT_BYTES_CONFIG, maxInputBytes,
                    "must be between 1 and " + MAX_MAX_INPUT_BYTES);
        }
        pinnedFormat = pinnedFormat == null || pinnedFormat.isBlank() ? null : pinnedFormat.strip();
        if (pinnedFormat != null && !FORMAT_ID.matcher(pinnedFormat).matches()) {
            throw new ConfigException(PREFIX + FORMAT_CONFIG, pinnedFormat, "not a format id (lower-case letters, digits, '-')");
        }
        transactionalId = transactionalId == null || transactionalId.isBlank()
                ? defaultTransactionalId(cluster.topicPrefix()) : transactionalId.strip();
        if (producers < 1) {
            throw new ConfigException(PREFIX + PRODUCERS_CONFIG, producers, "must be positive");
        }
        if (batchMaxInputs < 1) {
            throw new ConfigException(PREFIX + BATCH_MAX_INPUTS_CONFIG, batchMaxInputs, "must be positive");
        }
        if (batchMaxBytes < 1) {
            throw new ConfigException(PREFIX + BATCH_MAX_BYTES_CONFIG, batchMaxBytes, "must be positive");
        }
        if (batchLinger == null || batchLinger.isNegative()) {
            throw new ConfigException(PREFIX + BATCH_LINGER_MS_CONFIG, batchLinger, "must not be negative");
        }
        if (sourceThreads < 1) {
            throw new ConfigException(PREFIX + SOURCE_THREADS_CONFIG, sourceThreads, "must be positive");
        }
        httpToken = httpToken == null || httpToken.value() == null || httpToken.value().isBlank()
                ? null : new Password(httpToken.value().strip());
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    /** Settings without feeds. */
    public IngestConfig(ClusterSettings cluster, Path dropFolder, Duration pollInterval, String providerHint,
                        long maxInputBytes, String pinnedFormat, String transactionalId, int producers,
                        int batchMaxInputs, long batchMaxBytes, Duration batchLinger, int sourceThreads) {
        this(cluster, dropFolder, pollInterval, providerHint, maxInputBytes, pinnedFormat, transactionalId, producers,
                batchMaxInputs, batchMaxBytes, batchLinger, sourceThreads, null, List.of());
    }

    /** Source settings with the default sink settings, on the given cluster. */
    public IngestConfig(ClusterSettings cluster, Path dropFolder, Duration pollInterval, String providerHint,
                        long maxInputBytes, String pinnedFormat) {
        this(cluster, dropFolder, pollInterval, providerHint, maxInputBytes, pinnedFormat, null, PRODUCERS_DEFAULT,
                BATCH_MAX_INPUTS_DEFAULT, BATCH_MAX_BYTES_DEFAULT, Duration.ofMillis(BATCH_LINGER_MS_DEFAULT),
                Runtime.getRuntime().availableProcessors(), null, List.of());
    }

    /** Source settings only, for a cluster given elsewhere (tests, offline tools): localhost. */
    public IngestConfig(Path dropFolder, Duration pollInterval, String providerHint, long maxInputBytes,
                        String pinnedFormat) {
        this(ClusterSettings.of("localhost:9092"), dropFolder, pollInterval, providerHint, maxInputBytes, pinnedFormat);
    }

    /**
     * {@value #DEFAULT_TRANSACTIONAL_ID_PREFIX}{@code <topic prefix><host name>}: stable across
     * restarts of the one ingest instance of a host.
     */
    public static String defaultTransactionalId(String topicPrefix) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return DEFAULT_TRANSACTIONAL_ID_PREFIX + topicPrefix + host;
    }

    /** All defaults: no drop folder, no provider hint, format detected, a cluster on localhost. */
    public static IngestConfig defaults() {
        return from(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "localhost:9092"));
    }

    /**
     * Reads the ingest settings, without their {@value #PREFIX}: the common keys, the stage's
     * own keys and pass-through client keys.
     *
     * @throws ConfigException naming the key, for an unknown key or an invalid value
     */
    public static IngestConfig from(Map<String, ?> props) {
        org.apache.kafka.common.config.AbstractConfig config = CommonConfig.parse("ingest", configDef(), props);
        String folder = config.getString(DROP_FOLDER_CONFIG);
        return new IngestConfig(
                CommonConfig.cluster(config, props),
                folder == null || folder.isBlank() ? null : Path.of(folder.strip()),
                Duration.ofMillis(config.getLong(POLL_INTERVAL_MS_CONFIG)),
                config.getString(PROVIDER_CONFIG),
                config.getLong(MAX_INPUT_BYTES_CONFIG),
                config.getString(FORMAT_CONFIG),
                config.getString(TRANSACTIONAL_ID_CONFIG),
                config.getInt(PRODUCERS_CONFIG),
                config.getInt(BATCH_MAX_INPUTS_CONFIG),
                config.getLong(BATCH_MAX_BYTES_CONFIG),
                Duration.ofMillis(config.getLong(BATCH_LINGER_MS_CONFIG)),
                config.getInt(SOURCE_THREADS_CONFIG) == 0
                        ? Runtime.getRuntime().availableProcessors() : config.getInt(SOURCE_THREADS_CONFIG),
                config.getPassword(HTTP_TOKEN_CONFIG),
                feeds(config.getList(FEEDS_CONFIG), Duration.ofMillis(config.getLong(FEED_INTERVAL_MS_CONFIG))));
    }

    /** Parses the {@value #FEEDS_CONFIG} entries; a bad one fails naming the key and the entry. */
    private static List<FeedSpec> feeds(List<String> entries, Duration interval) {
        List<FeedSpec> feeds = new ArrayList<>();
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                feeds.add(FeedSpec.parse(entry, interval));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(PREFIX + FEEDS_CONFIG, entry, e.getMessage());
            }
        }
        return feeds;
    }

    /** The topics ingest writes, under the configured prefix. */
    public Topics topics() {
        return new Topics(cluster.topicPrefix());
    }

    /**
     * The definition of every ingest key: name, type, default, check and documentation (render it
     * with {@link ConfigDef#toRst()}). A new instance on each call.
     */
    public static ConfigDef configDef() {
        return CommonConfig.define()
                .define(DROP_FOLDER_CONFIG, Type.STRING, null, ConfigDef.LambdaValidator.with(
                        IngestConfig::checkPath, () -> "a file-system path"), Importance.HIGH, DROP_FOLDER_DOC)
                .define(POLL_INTERVAL_MS_CONFIG, Type.LONG, POLL_INTERVAL_MS_DEFAULT,
                        ConfigDef.Range.between(MIN_POLL_INTERVAL_MS, MAX_POLL_INTERVAL_MS),
                        Importance.MEDIUM, POLL_INTERVAL_MS_DOC)
                .define(PROVIDER_CONFIG, Type.STRING, null, Importance.MEDIUM, PROVIDER_DOC)
                .define(MAX_INPUT_BYTES_CONFIG, Type.LONG, MAX_INPUT_BYTES_DEFAULT,
                        ConfigDef.Range.between(1, MAX_MAX_INPUT_BYTES), Importance.LOW, MAX_INPUT_BYTES_DOC)
                .define(FORMAT_CONFIG, Type.STRING, null, ConfigDef.LambdaValidator.with(
                        IngestConfig::checkFormatId, () -> "a wire format id, or empty to detect"),
                        Importance.LOW, FORMAT_DOC)
                .define(TRANSACTIONAL_ID_CONFIG, Type.STRING, null, Importance.HIGH, TRANSACTIONAL_ID_DOC)
                .define(PRODUCERS_CONFIG, Type.INT, PRODUCERS_DEFAULT, ConfigDef.Range.between(1, 64),
                        Importance.LOW, PRODUCERS_DOC)
                .define(BATCH_MAX_INPUTS_CONFIG, Type.INT, BATCH_MAX_INPUTS_DEFAULT, ConfigDef.Range.atLeast(1),
                        Importance.LOW, BATCH_MAX_INPUTS_DOC)
                .define(BATCH_MAX_BYTES_CONFIG, Type.LONG, BATCH_MAX_BYTES_DEFAULT, ConfigDef.Range.atLeast(1),
                        Importance.LOW, BATCH_MAX_BYTES_DOC)
                .define(BATCH_LINGER_MS_CONFIG, Type.LONG, BATCH_LINGER_MS_DEFAULT,
                        ConfigDef.Range.between(0, 60_000), Importance.LOW, BATCH_LINGER_MS_DOC)
                .define(SOURCE_THREADS_CONFIG, Type.INT, SOURCE_THREADS_DEFAULT, ConfigDef.Range.between(0, 1024),
                        Importance.LOW, SOURCE_THREADS_DOC)
                .define(HTTP_TOKEN_CONFIG, Type.PASSWORD, null, Importance.HIGH, HTTP_TOKEN_DOC)
                .define(FEEDS_CONFIG, Type.LIST, "", Importance.MEDIUM, FEEDS_DOC)
                .define(FEED_INTERVAL_MS_CONFIG, Type.LONG, FEED_INTERVAL_MS_DEFAULT,
                        ConfigDef.Range.between(FeedSpec.MIN_INTERVAL.toMillis(), 86_400_000L),
                        Importance.LOW, FEED_INTERVAL_MS_DOC);
    }

    /**
     * The drop folder, for a source that needs one.
     *
     * @throws ConfigException naming {@value #DROP_FOLDER_CONFIG} if it is not set
     */
    public Path requireDropFolder() {
        if (dropFolder == null) {
            throw new ConfigException(PREFIX + DROP_FOLDER_CONFIG, null, "required for the drop-folder source");
        }
        return dropFolder;
    }

    /** A copy with another drop folder. */
    public IngestConfig withDropFolder(Path folder) {
        return new IngestConfig(cluster, folder, pollInterval, providerHint, maxInputBytes, pinnedFormat,
                transactionalId, producers, batchMaxInputs, batchMaxBytes, batchLinger, sourceThreads, httpToken, feeds);
    }

    private static void checkPath(String key, Object value) {
        if (value == null || ((String) value).isBlank()) {
            return;
        }
        try {
            Path.of(((String) value).strip());
        } catch (InvalidPathException e) {
            throw new ConfigException(key, value, "not a valid path: " + e.getReason());
        }
    }

    private static void checkFormatId(String key, Object value) {
        if (value != null && !((String) value).isBlank() && !FORMAT_ID.matcher(((String) value).strip()).matches()) {
            throw new ConfigException(key, value, "not a format id (lower-case letters, digits, '-')");
        }
    }
}
