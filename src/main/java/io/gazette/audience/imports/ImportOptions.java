package io.gazette.audience.imports;

import io.gazette.audience.SubscriptionStatus;

import java.util.Set;

/**
 * How to import a file: {@code mode}, the {@code lists} to subscribe to and as what {@code status} (SUBSCRIBE only),
 * whether to {@code overwrite} the names and attributes of existing subscribers, and the field {@code delimiter}.
 */
public record ImportOptions(ImportMode mode, Set<Long> lists, SubscriptionStatus status, boolean overwrite,
                            char delimiter) {
}
