package io.gazette.issue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/**
 * An editor's status change: DRAFT, SCHEDULED or CANCELLED (sending is started by the delivery API).
 * {@code scheduledAt} is an ISO date-time; without an offset it is read in the newsletter's time zone,
 * and when absent the newsletter's next weekly send slot is used. {@code lists}, when scheduling, names the lists
 * the issue goes to (absent: keep the choice made before; empty: every list feeding the newsletter).
 * Cancelling a SENDING issue stops its send.
 */
public record StatusChange(
        @NotNull @Pattern(regexp = "DRAFT|SCHEDULED|CANCELLED", message = "must be one of DRAFT, SCHEDULED, CANCELLED")
        String status,
        String scheduledAt,
        List<@NotNull Long> lists) {
}
