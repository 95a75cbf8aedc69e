package io.gazette.audience.subscriber;

import io.gazette.audience.MailboxAddress;
import io.gazette.audience.SuppressionReason;
import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;

/** Puts an address on the suppression list; the reason defaults to MANUAL. */
public record SuppressionRequest(@NotBlank @MailboxAddress @SingleLine String email, SuppressionReason reason) {
}
