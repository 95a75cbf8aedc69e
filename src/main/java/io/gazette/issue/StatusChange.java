package io.gazette.issue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An editor's status change: DRAFT, SCHEDULED or CANCELLED (sending is started by the delivery API).
 * {@code scheduledAt} is an ISO date-time; without an offset it is read in the newsletter's time zone,
 * and when absent the newsletter's next weekly send slot is used.
 */
public record StatusChange(
        @NotNull @Pattern(regexp = "DRAFT|SCHEDULED|CANCELLED", message = "must be one of DRAFT, SCHEDULED, CANCELLED")
        String status,
        String scheduledAt) {
}
