package io.gazette.delivery.send;

/** Fired when a send paused itself, so the editors can be told why. */
public record SendPaused(long sendId, long issueId, String reason) {
}
