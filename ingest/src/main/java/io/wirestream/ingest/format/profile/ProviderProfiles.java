package io.wirestream.ingest.format.profile;

import java.util.List;
import java.util.Set;

/**
 * The provider profiles a format consults, in order; the first that applies wins, else
 * {@link ProviderProfile#DEFAULT}. Immutable and thread-safe.
 *
 * @param profiles the profiles in priority order, not null
 */
public record ProviderProfiles(List<ProviderProfile> profiles) {

    /**
     * AP: Media API items are ninjs-like with uris that carry per-request tokens ({@code qt},
     * {@code et}), so the story id is {@code altids.itemid}; priority is an ANPA letter in
     * {@code editorialpriority}.
     */
    public static final ProviderProfile AP = new ProviderProfile("ap",
            Set.of("AP", "Associated Press", "The Associated Press"), Set.of("ap.org", "apnews.com"),
            "altids.itemid", "editorialpriority", null);

    /** STT (Finland): NewsML-G2 times without offset are Helsinki time. */
    public static final ProviderProfile STT = ProviderProfile.localTime("stt",
            Set.of("STT", "STT-Lehtikuva", "stt.fi"), Set.of("stt.fi"), "Europe/Helsinki");

    /** Belga (Belgium): NewsML 1.2 times without offset are Brussels time. */
    public static final ProviderProfile BELGA = ProviderProfile.localTime("belga",
            Set.of("Belga", "belga.be"), Set.of("belga.be"), "Europe/Brussels");

    /** NTB (Norway): NITF and NewsML times without offset are Oslo time. */
    public static final ProviderProfile NTB = ProviderProfile.localTime("ntb",
            Set.of("NTB", "NTB Scanpix", "ntb.no"), Set.of("ntb.no"), "Europe/Oslo");

    public ProviderProfiles {
        profiles = List.copyOf(profiles);
    }

    /** The profiles Wirestream knows. */
    public static ProviderProfiles standard() {
        return new ProviderProfiles(List.of(AP, STT, BELGA, NTB));
    }

    /** No profiles: every item gets {@link ProviderProfile#DEFAULT}. */
    public static ProviderProfiles none() {
        return new ProviderProfiles(List.of());
    }

    /** The first profile that applies to the item, else {@link ProviderProfile#DEFAULT}. */
    public ProviderProfile forItem(String provider, String uri) {
        for (ProviderProfile profile : profiles) {
            if (profile.appliesTo(provider, uri)) {
                return profile;
            }
        }
        return ProviderProfile.DEFAULT;
    }
}
