package io.wirestream.ingest.format.profile;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quirks of one provider's feeds, passed to the formats that need them (a profile, not a
 * subclass: Superdesk's {@code ap_anpa.py} subclasses its parser per agency, which multiplies
 * parsers by agencies).
 *
 * <p>A profile applies to an item whose provider name is one of {@link #names()} or whose uri's
 * host is, or ends with "." plus, one of {@link #hosts()}.
 *
 * @param id stable id of the profile, such as {@code ap}; lower-case, not blank
 * @param names provider names it applies to, matched case-insensitively; not null
 * @param hosts uri hosts it applies to ({@code ap.org} also matches {@code api.ap.org}); not null
 * @param storyIdPath dotted path of the property that holds the stable story id, when the item's
 *     {@code uri} is not stable (AP Media API uris carry per-request tokens: {@code altids.itemid}
 *     is the story's id); null to use the uri
 * @param priorityPath dotted path of a provider priority given as an ANPA letter
 *     ({@code editorialpriority}); null when the provider sends none
 * @param localZone the zone of the provider's times sent without an offset (STT and Belga send
 *     local Helsinki and Brussels times in NewsML, as Superdesk's parsers for them assume);
 *     null is read as UTC
 */
public record ProviderProfile(String id, Set<String> names, Set<String> hosts, String storyIdPath, String priorityPath,
                              ZoneId localZone) {

    /** The profile of a provider without quirks: ids from the uri, nothing else special. */
    public static final ProviderProfile DEFAULT = new ProviderProfile("default", Set.of(), Set.of(), null, null, null);

    public ProviderProfile {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("profile id is blank");
        }
        names = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        hosts = hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        localZone = localZone == null ? ZoneOffset.UTC : localZone;
    }

    /** A profile that only says in which zone the provider's zone-less times are. */
    public static ProviderProfile localTime(String id, Set<String> names, Set<String> hosts, String zone) {
        return new ProviderProfile(id, names, hosts, null, null, ZoneId.of(zone));
    }

    /**
     * Whether the profile applies to an item.
     *
     * @param provider the item's provider name, nullable
     * @param uri the item's uri, nullable, need not be a valid URI
     */
    public boolean appliesTo(String provider, String uri) {
        if (provider != null && names.contains(provider.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String host = host(uri);
        return host != null && hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }

    private static String host(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            String host = URI.create(uri.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
