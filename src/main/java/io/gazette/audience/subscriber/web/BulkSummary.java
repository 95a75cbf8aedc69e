package io.gazette.audience.subscriber.web;

import io.gazette.audience.subscriber.BulkResult;

import java.util.Locale;

/** A bulk result as one sentence for the flash message, naming what did not happen as well as what did. */
final class BulkSummary {

    private BulkSummary() {
    }

    static String of(BulkResult result) {
        StringBuilder text = new StringBuilder(result.action().name().charAt(0)
                + result.action().name().substring(1).toLowerCase(Locale.ROOT))
                .append(": ").append(result.matched()).append(result.matched() == 1 ? " subscriber" : " subscribers")
                .append(", ").append(result.changed()).append(" changed");
        if (!result.suppressed().isEmpty()) {
            text.append("; ").append(result.suppressed().size()).append(" not added because the address is suppressed or blocklisted");
        }
        if (!result.notFound().isEmpty()) {
            text.append("; ").append(result.notFound().size()).append(" not found");
        }
        return text.append('.').toString();
    }
}
