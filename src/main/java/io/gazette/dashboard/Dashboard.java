package io.gazette.dashboard;

import io.gazette.newsletter.NewsletterView;

import java.util.List;

/** Everything the dashboard page shows, in the order it shows it. */
public record Dashboard(List<UpcomingIssue> scheduled, List<UpcomingIssue> drafts, List<SendRow> activeSends,
                        List<SendRow> recentSends, List<NewsletterView> newsletters) {
}
