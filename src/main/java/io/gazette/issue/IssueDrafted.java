package io.gazette.issue;

/**
 * Fired inside the transaction that created a draft (new, duplicated, or made by a newsletter's cadence), after the
 * draft is flushed, so other features can fill it atomically: the backlog adds the items planned for the next issue.
 * Observers that add items must add them to {@link Issue#items} and renumber, so the caller's view shows them.
 */
public record IssueDrafted(long issueId, long newsletterId) {
}
