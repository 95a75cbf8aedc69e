package io.gazette.delivery.bounce;

import io.gazette.delivery.DeliveryConfig;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The shared webhook secret: presented in the {@code X-Gazette-Webhook-Secret} header, or as the password of HTTP
 * Basic credentials (any user name), which is what Postmark's "basic auth" webhook setting sends. Unconfigured, the
 * webhooks do not exist (404). Created at start-up, so a secret that is too short stops the service from starting.
 */
@Startup
@ApplicationScoped
public class WebhookSecret {

    public static final String HEADER = "X-Gazette-Webhook-Secret";
    static final int MIN_LENGTH = 16;

    private final Optional<byte[]> secretDigest;

    public WebhookSecret(DeliveryConfig config) {
        Optional<String> secret = config.webhookSecret().filter(s -> !s.isBlank());
        if (secret.isPresent() && secret.get().length() < MIN_LENGTH) {
            throw new IllegalStateException("gazette.delivery.webhook-secret must be at least " + MIN_LENGTH + " characters");
        }
        this.secretDigest = secret.map(WebhookSecret::digest);
    }

    /** Throws a 404 or 401 problem unless the secret header or the Basic {@code authorization} carries the secret. */
    public void check(String secretHeader, String authorization) {
        if (secretDigest.isEmpty()) {
            throw new ProblemException(404, "not-found", "Not found",
                    "This webhook is switched off: set gazette.delivery.webhook-secret to use it");
        }
        String presented = secretHeader != null ? secretHeader : basicPassword(authorization);
        // Comparing digests keeps the comparison constant-time whatever the lengths.
        if (presented == null || !MessageDigest.isEqual(secretDigest.get(), digest(presented))) {
            throw new ProblemException(401, "unauthorized", "Unauthorized",
                    "Present the webhook secret in the " + HEADER + " header or as the HTTP Basic password");
        }
    }

    private static String basicPassword(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
