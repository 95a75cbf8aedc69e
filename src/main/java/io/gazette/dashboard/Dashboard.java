package io.gazette.dashboard;

import io.gazette.audience.list.GrowthReport;
import java.util.List;

/**
 * Everything the dashboard page shows, of the newsletters the person may work on; {@code noNewsletters} when that is
 * none (no newsletter exists yet, or an editor was granted none).
 */
public record Dashboard(boolean noNewsletters, List<UpcomingIssue> scheduled, List<UpcomingIssue> drafts,
                        List<SendRow> activeSends, List<SendRow> recentSends, GrowthReport growth) {
}
