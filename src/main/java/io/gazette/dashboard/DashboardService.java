package io.gazette.dashboard;

import io.gazette.audience.list.ListGrowth;
import io.gazette.delivery.send.SendService;
import io.gazette.delivery.send.SendView;
import io.gazette.issue.IssueService;
import io.gazette.issue.IssueStatus;
import io.gazette.issue.IssueSummary;
import io.gazette.newsletter.NewsletterService;
import io.gazette.newsletter.NewsletterView;
import io.gazette.shared.time.LocalTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers what the dashboard shows from the issue, newsletter and send services; it decides nothing itself. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    static final int ROWS = 10;
    /** Days the subscriber chart covers. */
    static final int GROWTH_DAYS = 90;

    private final IssueService issues;
    private final NewsletterService newsletters;
    private final SendService sends;
    private final ListGrowth growth;

    public DashboardService(IssueService issues, NewsletterService newsletters, SendService sends, ListGrowth growth) {
        this.issues = issues;
        this.newsletters = newsletters;
        this.sends = sends;
        this.growth = growth;
    }

    public Dashboard dashboard() {
        Map<Long, NewsletterView> byId = newsletters.list().stream()
                .collect(Collectors.toMap(NewsletterView::id, Function.identity()));
        return new Dashboard(byId.isEmpty(),
                issues.inStatus(IssueStatus.SCHEDULED, ROWS).stream().map(issue -> upcoming(issue, byId)).toList(),
                issues.inStatus(IssueStatus.DRAFT, ROWS).stream().map(issue -> upcoming(issue, byId)).toList(),
                activeSends(),
                sendRows(sends.recent(ROWS)),
                growth.lastDays(GROWTH_DAYS));
    }

    public List<SendRow> activeSends() {
        return sendRows(sends.active(ROWS));
    }

    private List<SendRow> sendRows(List<SendView> views) {
        return views.stream().map(send -> new SendRow(send, IssueSummary.of(issues.get(send.issueId())))).toList();
    }

    private static UpcomingIssue upcoming(IssueSummary issue, Map<Long, NewsletterView> newsletters) {
        NewsletterView newsletter = newsletters.get(issue.newsletterId());
        return new UpcomingIssue(issue, newsletter.name(),
                LocalTimes.readable(issue.scheduledAt(), ZoneId.of(newsletter.timeZone())));
    }
}
