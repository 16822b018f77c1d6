/**
 * Provider profiles: the quirks of one agency's feeds, as data passed to a format instead of a
 * subclass of it ({@link io.wirestream.ingest.format.profile.ProviderProfile},
 * {@link io.wirestream.ingest.format.profile.ProviderProfiles}).
 */
package io.wirestream.ingest.format.profile;
