package io.gazette.audience.subscriber;

import java.util.List;

/**
 * What a bulk request did. {@code matched}: subscribers found or created; {@code changed}: rows actually changed
 * (subscriptions or subscribers); {@code notFound}: ids or addresses with no subscriber; {@code invalid}: strings
 * that are not addresses; {@code suppressed}: addresses not subscribed because they are blocklisted or suppressed.
 */
public record BulkResult(BulkAction action, int matched, int changed, List<String> notFound, List<String> invalid,
                         List<String> suppressed) {
}
