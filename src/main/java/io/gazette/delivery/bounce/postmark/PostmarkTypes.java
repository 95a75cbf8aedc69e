package io.gazette.delivery.bounce.postmark;

import io.gazette.delivery.bounce.BounceKind;

import java.util.Map;
import java.util.Optional;

/**
 * Postmark's bounce types as bounce kinds. Types that are not delivery failures (auto-replies, subscribe/unsubscribe
 * requests, address changes, challenge mails, Postmark's own API or template errors, "Unknown") are ignored.
 */
final class PostmarkTypes {

    private static final Map<String, BounceKind> KINDS = Map.ofEntries(
            Map.entry("HardBounce", BounceKind.HARD),
            Map.entry("BadEmailAddress", BounceKind.HARD),
            Map.entry("ManuallyDeactivated", BounceKind.HARD),
            Map.entry("SpamComplaint", BounceKind.COMPLAINT),
            Map.entry("SoftBounce", BounceKind.SOFT),
            Map.entry("Transient", BounceKind.SOFT),
            Map.entry("DnsError", BounceKind.SOFT),
            Map.entry("SpamNotification", BounceKind.SOFT),
            Map.entry("VirusNotification", BounceKind.SOFT),
            Map.entry("Blocked", BounceKind.SOFT),
            Map.entry("DMARCPolicy", BounceKind.SOFT));

    private PostmarkTypes() {
    }

    static Optional<BounceKind> kindOf(String type) {
        return Optional.ofNullable(type == null ? null : KINDS.get(type));
    }
}
