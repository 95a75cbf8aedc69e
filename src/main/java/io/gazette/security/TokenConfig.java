package io.gazette.security;

import io.smallrye.config.ConfigMapping;

/** Key material for signed links (unsubscribe, confirm, preferences). */
@ConfigMapping(prefix = "gazette.security")
public interface TokenConfig {

    /**
     * HMAC-SHA256 key for signed links, at least 32 characters. No default: production must set
     * {@code GAZETTE_SECURITY_TOKEN_SECRET}; dev and test profiles carry their own throwaway keys.
     */
    String tokenSecret();
}
