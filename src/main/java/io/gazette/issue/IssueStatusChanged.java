package io.gazette.issue;

/**
 * Fired inside the transaction that moved an issue, so other features act on the same change atomically: cancelling
 * a SENDING issue stops its send.
 */
public record IssueStatusChanged(long issueId, IssueStatus from, IssueStatus to) {
}
