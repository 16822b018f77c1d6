package io.wirestream.ingest;

import io.wirestream.schemas.Topics;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the ingest stage. Every key is defined once, in {@link #configDef()}, with its
 * type, default, check and documentation; {@link #from(Map)} is the only way settings get in from
 * outside, and it fails naming the offending key.
 *
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
 */
public record IngestConfig(
        Path dropFolder, Duration pollInterval, String providerHint, long maxInputBytes, String pinnedFormat) {

    public static final String DROP_FOLDER_CONFIG = "ingest.drop.folder";
    public static final String DROP_FOLDER_DOC = "Folder watched for incoming wire files. Processed files are"
            + " moved to its done/ subfolder, rejected ones to failed/ with a <name>.reason.txt beside them."
            + " Hidden files and files ending in .tmp, .part, .partial or .filepart are left alone until renamed.";

    public static final String POLL_INTERVAL_MS_CONFIG = "ingest.poll.interval.ms";
    public static final String POLL_INTERVAL_MS_DOC = "How often, in milliseconds, the drop folder is rescanned"
            + " (file-system events wake it sooner), and how long a file must stay unchanged before it is"
            + " taken as completely written.";
    public static final long POLL_INTERVAL_MS_DEFAULT = 2_000;

    public static final String PROVIDER_CONFIG = "ingest.provider";
    public static final String PROVIDER_DOC = "Provider (agency) assumed for input that does not name one,"
            + " e.g. the agency that delivers into this drop folder. Plain agency text uses it in story ids.";

    public static final String MAX_INPUT_BYTES_CONFIG = "ingest.max.input.bytes";
    public static final String MAX_INPUT_BYTES_DOC = "Largest input, in bytes, that is read and parsed. Larger"
            + " input is dead-lettered without its payload. At most a third of the largest Kafka record Wirestream"
            + " writes (" + Topics.MAX_RECORD_BYTES + " bytes), because an enriched record"
            + " carries the text about three times.";
    public static final long MAX_INPUT_BYTES_DEFAULT = 2L * 1024 * 1024;

    public static final String FORMAT_CONFIG = "ingest.format";
    public static final String FORMAT_DOC = "Wire format id (e.g. agency-text, ninjs) to parse every input"
            + " with, instead of detecting the format. Empty: detect.";

    /** Keys of this stage start with this; an unknown key with it is a typo and rejected. */
    public static final String PREFIX = "ingest.";

    private static final long MIN_POLL_INTERVAL_MS = 10;
    private static final long MAX_POLL_INTERVAL_MS = 3_600_000;
    // The enriched record of an input must still fit in one Kafka record.
    private static final long MAX_MAX_INPUT_BYTES = Topics.MAX_RECORD_BYTES / 3;
    private static final Pattern FORMAT_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    public IngestConfig {
        if (pollInterval == null
                || pollInterval.toMillis() < MIN_POLL_INTERVAL_MS
                || pollInterval.toMillis() > MAX_POLL_INTERVAL_MS) {
            throw new ConfigException(POLL_INTERVAL_MS_CONFIG, pollInterval == null ? null : pollInterval.toMillis(),
                    "must be between " + MIN_POLL_INTERVAL_MS + " and " + MAX_POLL_INTERVAL_MS + " ms");
        }
        providerHint = providerHint == null || providerHint.isBlank() ? null : providerHint.strip();
        if (maxInputBytes < 1 || maxInputBytes > MAX_MAX_INPUT_BYTES) {
            throw new ConfigException(MAX_INPUT_BYTES_CONFIG, maxInputBytes,
                    "must be between 1 and " + MAX_MAX_INPUT_BYTES);
        }
        pinnedFormat = pinnedFormat == null || pinnedFormat.isBlank() ? null : pinnedFormat.strip();
        if (pinnedFormat != null && !FORMAT_ID.matcher(pinnedFormat).matches()) {
            throw new ConfigException(FORMAT_CONFIG, pinnedFormat, "not a format id (lower-case letters, digits, '-')");
        }
    }

    /** All defaults: no drop folder, no provider hint, format detected. */
    public static IngestConfig defaults() {
        return from(Map.of());
    }

    /**
     * Reads the ingest settings from {@code props}. Keys that do not start with {@value #PREFIX}
     * belong to other parts of the application and are ignored.
     *
     * @throws ConfigException naming the key, for an unknown {@value #PREFIX} key or an invalid value
     */
    public static IngestConfig from(Map<String, String> props) {
        ConfigDef def = configDef();
        for (Map.Entry<String, String> entry : props.entrySet()) {
            if (entry.getKey().startsWith(PREFIX) && !def.names().contains(entry.getKey())) {
                throw new ConfigException(entry.getKey(), entry.getValue(),
                        "unknown ingest setting (known: " + String.join(", ", def.names()) + ")");
            }
        }
        Map<String, Object> values = def.parse(props);
        String folder = (String) values.get(DROP_FOLDER_CONFIG);
        return new IngestConfig(
                folder == null || folder.isBlank() ? null : Path.of(folder.strip()),
                Duration.ofMillis((Long) values.get(POLL_INTERVAL_MS_CONFIG)),
                (String) values.get(PROVIDER_CONFIG),
                (Long) values.get(MAX_INPUT_BYTES_CONFIG),
                (String) values.get(FORMAT_CONFIG));
    }

    /**
     * The definition of every ingest key: name, type, default, check and documentation (render it
     * with {@link ConfigDef#toRst()}). A new instance on each call.
     */
    public static ConfigDef configDef() {
        return new ConfigDef()
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
                        Importance.LOW, FORMAT_DOC);
    }

    /**
     * The drop folder, for a source that needs one.
     *
     * @throws ConfigException naming {@value #DROP_FOLDER_CONFIG} if it is not set
     */
    public Path requireDropFolder() {
        if (dropFolder == null) {
            throw new ConfigException(DROP_FOLDER_CONFIG, null, "required for the drop-folder source");
        }
        return dropFolder;
    }

    /** A copy with another drop folder. */
    public IngestConfig withDropFolder(Path folder) {
        return new IngestConfig(folder, pollInterval, providerHint, maxInputBytes, pinnedFormat);
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
