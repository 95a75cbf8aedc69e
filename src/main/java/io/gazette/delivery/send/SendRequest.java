package io.gazette.delivery.send;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Start mailing an issue now. {@code lists}: the lists to mail (their confirmed members, each person once); absent,
 * the lists chosen when the issue was scheduled, or else every list that feeds the newsletter.
 */
public record SendRequest(List<@NotNull Long> lists) {
}
