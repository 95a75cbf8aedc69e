package io.gazette.delivery.send;

import java.time.Instant;

/** Fired when a scheduled issue became FAILED because its send could not start, so the editors can be told why. */
public record IssueStartFailed(long issueId, int number, String newsletter, Instant dueAt, int attempts, String reason) {
}
