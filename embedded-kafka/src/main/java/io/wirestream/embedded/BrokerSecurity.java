package io.wirestream.embedded;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How clients must authenticate to an {@link EmbeddedKafka}'s client listener: not at all
 * ({@link #plaintext()}) or with SASL/PLAIN user names and passwords ({@link #saslPlain(Map)}), the
 * way a managed cluster asks for credentials. The broker talks to itself as an extra user with a
 * random password, which {@link #clientConfig()} also gives to the broker's own admin client.
 *
 * <p>Immutable.
 */
public final class BrokerSecurity {

    private static final String PLAIN_LOGIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private final Map<String, String> users;
    private final String brokerUser;
    private final String brokerPassword;

    private BrokerSecurity(Map<String, String> users) {
        this.users = users == null ? null : Map.copyOf(users);
        this.brokerUser = "wirestream-broker";
        this.brokerPassword = UUID.randomUUID().toString();
    }

    /** No authentication: a PLAINTEXT listener. */
    public static BrokerSecurity plaintext() {
        return new BrokerSecurity(null);
    }

    /**
     * A SASL_PLAINTEXT listener with the PLAIN mechanism and these users.
     *
     * @param users user name to password, not empty; names and passwords without double quotes
     */
    public static BrokerSecurity saslPlain(Map<String, String> users) {
        Objects.requireNonNull(users, "users");
        if (users.isEmpty()) {
            throw new IllegalArgumentException("no SASL users given");
        }
        users.forEach((user, password) -> {
            if (user.contains("\"") || password.contains("\"")) {
                throw new IllegalArgumentException("SASL user names and passwords may not contain '\"'");
            }
        });
        return new BrokerSecurity(users);
    }

    /** True if clients must authenticate. */
    public boolean authenticates() {
        return users != null;
    }

    /** Broker settings for a client listener named {@code listener}. */
    Map<String, String> brokerConfig(String listener) {
        Map<String, String> config = new HashMap<>();
        if (users == null) {
            config.put("listener.security.protocol.map", listener + ":PLAINTEXT,CONTROLLER:PLAINTEXT");
            return config;
        }
        config.put("listener.security.protocol.map", listener + ":SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("sasl.enabled.mechanisms", "PLAIN");
        config.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        StringBuilder jaas = new StringBuilder(PLAIN_LOGIN_MODULE).append(" required")
                .append(" username=\"").append(brokerUser).append('"')
                .append(" password=\"").append(brokerPassword).append('"')
                .append(" user_").append(brokerUser).append("=\"").append(brokerPassword).append('"');
        users.forEach((user, password) -> jaas.append(" user_").append(user).append("=\"").append(password).append('"'));
        config.put("listener.name." + listener.toLowerCase(java.util.Locale.ROOT) + ".plain.sasl.jaas.config",
                jaas.append(';').toString());
        return config;
    }

    /** Client settings that let the broker's own user in; empty for plaintext. */
    public Map<String, String> clientConfig() {
        return users == null ? Map.of() : clientConfig(brokerUser, brokerPassword);
    }

    /**
     * Client settings for SASL/PLAIN with the given credentials, as a client of a secured cluster
     * would set them.
     */
    public static Map<String, String> clientConfig(String user, String password) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", PLAIN_LOGIN_MODULE + " required username=\"" + user
                + "\" password=\"" + password + "\";");
        return Map.copyOf(config);
    }
}
