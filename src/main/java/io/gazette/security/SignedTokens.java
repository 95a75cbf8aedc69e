package io.gazette.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Compact HMAC-signed tokens for links in emails: {@code base64url(payload).base64url(mac)}. The payload holds a
 * purpose (so an unsubscribe token can never confirm a subscription), the values, and an optional expiry.
 * Tokens are unguessable and cannot be altered without the key; verification runs in constant time.
 */
@ApplicationScoped
public class SignedTokens {

    private static final char SEPARATOR = '\u001F';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;

    public SignedTokens(TokenConfig config, Clock clock) {
        if (config.tokenSecret().length() < 32) {
            throw new IllegalStateException("gazette.security.token-secret must be at least 32 characters");
        }
        this.key = config.tokenSecret().getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Signs {@code values} for {@code purpose}; {@code expiresAt} null means the token never expires. */
    public String issue(String purpose, Instant expiresAt, String... values) {
        List<String> parts = new ArrayList<>();
        parts.add(purpose);
        parts.add(expiresAt == null ? "" : Long.toString(expiresAt.getEpochSecond()));
        parts.addAll(Arrays.asList(values));
        for (String part : parts) {
            if (part.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("token values may not contain the unit separator");
            }
        }
        byte[] payload = String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The signed values, or empty when the token is malformed, forged, for another purpose or expired. */
    public Optional<List<String>> verify(String purpose, String token) {
        return authentic(purpose, token).filter(parts -> !isExpired(parts)).map(parts -> parts.subList(2, parts.size()));
    }

    /**
     * The signed values of a token that is authentic and for this purpose but has expired; empty otherwise. Lets a
     * page tell "this link has expired" from "this link is not valid".
     */
    public Optional<List<String>> expired(String purpose, String token) {
        return authentic(purpose, token).filter(this::isExpired).map(parts -> parts.subList(2, parts.size()));
    }

    /** All parts (purpose, expiry, values) of a token whose signature holds and whose purpose matches. */
    private Optional<List<String>> authentic(String purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            List<String> parts = List.of(new String(payload, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1));
            if (parts.size() < 2 || !parts.get(0).equals(purpose)) {
                return Optional.empty();
            }
            if (!parts.get(1).chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            return Optional.of(parts);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean isExpired(List<String> parts) {
        return !parts.get(1).isEmpty() && !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts.get(1))));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
