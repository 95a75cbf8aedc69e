package io.gazette.audience.subscriber;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.audience.MailboxAddress;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * Adds one subscriber through the API, optionally to lists. {@code status} must say whether consent was already
 * confirmed elsewhere (CONFIRMED) or is still pending (UNCONFIRMED): Gazette never assumes consent.
 */
public record SubscriberRequest(
        @NotBlank @MailboxAddress @SingleLine String email,
        @Size(max = 200) @SingleLine String name,
        ObjectNode attributes,
        @Size(max = 100) Set<@NotNull Long> lists,
        SubscriptionStatus status) {
}
