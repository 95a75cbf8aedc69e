package io.gazette.dashboard;

import io.gazette.delivery.send.SendView;
import io.gazette.issue.IssueSummary;

/** A send with the issue it mails. */
public record SendRow(SendView send, IssueSummary issue) {
}
