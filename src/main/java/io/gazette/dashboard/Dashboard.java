package io.gazette.dashboard;

import java.util.List;

/** Everything the dashboard page shows. */
public record Dashboard(List<UpcomingIssue> scheduled, List<UpcomingIssue> drafts, List<SendRow> activeSends,
                        List<SendRow> recentSends) {
}
