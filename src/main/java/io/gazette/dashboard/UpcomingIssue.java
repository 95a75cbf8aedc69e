package io.gazette.dashboard;

import io.gazette.issue.IssueSummary;

/** A draft or scheduled issue with its newsletter's name and its send time read in that newsletter's time zone. */
public record UpcomingIssue(IssueSummary issue, String newsletterName, String sendsAt) {
}
