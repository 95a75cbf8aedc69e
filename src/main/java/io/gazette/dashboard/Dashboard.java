package io.gazette.dashboard;

import io.gazette.audience.list.GrowthReport;
import java.util.List;

/** Everything the dashboard page shows. */
public record Dashboard(List<UpcomingIssue> scheduled, List<UpcomingIssue> drafts, List<SendRow> activeSends,
                        List<SendRow> recentSends, GrowthReport growth) {
}
