package io.gazette.delivery.smtp;

import java.util.Objects;

/**
 * One server of an {@link SmtpPool}: new connections go to servers in proportion to their weights.
 *
 * @param settings how to reach it
 * @param weight   share of connections, at least 1
 */
public record SmtpServer(SmtpSettings settings, int weight) {

    public SmtpServer {
        Objects.requireNonNull(settings, "settings");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1, was " + weight);
        }
    }
}
