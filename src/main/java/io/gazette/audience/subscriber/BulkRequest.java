package io.gazette.audience.subscriber;

import io.gazette.audience.SubscriptionStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * One action on many subscribers, named by id, by address, or both; or, instead, every subscriber a search
 * ({@code match}, the filter of {@code GET /api/subscribers}) finds, however many.
 */
public record BulkRequest(
        @NotNull BulkAction action,
        List<@NotNull Long> ids,
        List<@NotNull @Size(max = 320) String> emails,
        SubscriberFilter match,
        @Size(max = 100) Set<@NotNull Long> lists,
        SubscriptionStatus status) {
}
