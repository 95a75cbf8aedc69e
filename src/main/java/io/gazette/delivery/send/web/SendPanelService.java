package io.gazette.delivery.send.web;

import io.gazette.delivery.send.SendService;
import io.gazette.delivery.send.SendView;
import io.gazette.delivery.send.TestSendRequest;
import io.gazette.delivery.send.TestSendResult;
import io.gazette.delivery.send.TestSender;
import io.gazette.issue.IssueService;
import io.gazette.issue.IssueStatus;
import io.gazette.issue.IssueView;
import io.gazette.issue.StatusChange;
import io.gazette.newsletter.Newsletter;
import io.gazette.newsletter.NewsletterService;
import io.gazette.security.audit.CurrentActor;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.time.LocalTimes;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the sending panel and carries out its actions through the services the JSON API uses: test sends, the
 * issue's status change for scheduling, and the send service for "send now".
 */
@ApplicationScoped
public class SendPanelService {

    private final IssueService issues;
    private final NewsletterService newsletters;
    private final SendService sends;
    private final TestSender tests;
    private final FormValidation validation;
    private final CurrentActor actor;
    private final Clock clock;

    public SendPanelService(IssueService issues, NewsletterService newsletters, SendService sends, TestSender tests,
                            FormValidation validation, CurrentActor actor, Clock clock) {
        this.issues = issues;
        this.newsletters = newsletters;
        this.sends = sends;
        this.tests = tests;
        this.validation = validation;
        this.actor = actor;
        this.clock = clock;
    }

    public SendPanel panel(long issueId) {
        return panel(issueId, "", List.of(), FormErrors.NONE, null, FormErrors.NONE);
    }

    public SendPanel test(long issueId, String addresses) {
        TestSendRequest request = validation.check(new TestSendRequest(split(addresses)));
        List<TestSendResult> results = tests.send(issueId, request, actor.name());
        return panel(issueId, addresses, results, FormErrors.NONE, null, FormErrors.NONE);
    }

    public SendPanel testRefused(long issueId, String addresses, ProblemException refused) {
        return panel(issueId, addresses, List.of(), FormErrors.of(refused), null, FormErrors.NONE);
    }

    /** {@code sendAt} as a {@code datetime-local} gives it: a local time in the newsletter's zone. */
    public IssueView schedule(long issueId, String sendAt) {
        return issues.changeStatus(issueId, new StatusChange(IssueStatus.SCHEDULED.name(), sendAt, null));
    }

    public SendPanel scheduleRefused(long issueId, String sendAt, ProblemException refused) {
        return panel(issueId, "", List.of(), FormErrors.NONE, sendAt, FormErrors.of(refused));
    }

    public IssueView unschedule(long issueId) {
        return issues.changeStatus(issueId, new StatusChange(IssueStatus.DRAFT.name(), null, null));
    }

    public SendView sendNow(long issueId) {
        return sends.start(issueId, null);
    }

    private SendPanel panel(long issueId, String addresses, List<TestSendResult> results, FormErrors testErrors,
                            String typedSendAt, FormErrors scheduleErrors) {
        IssueView issue = issues.view(issueId);
        Newsletter newsletter = newsletters.get(issue.newsletterId());
        Instant proposed = issue.scheduledAt() != null ? issue.scheduledAt()
                : newsletter.sendSlot().map(slot -> slot.nextAfter(clock.instant())).orElse(null);
        String sendAtInput = typedSendAt != null ? typedSendAt : LocalTimes.inputValue(proposed, newsletter.zone());
        return new SendPanel(issue, newsletter.timeZone, LocalTimes.readable(issue.scheduledAt(), newsletter.zone()), sendAtInput,
                sends.audienceSize(issueId), sends.ofIssue(issueId), addresses, results, testErrors, scheduleErrors);
    }

    private static List<String> split(String addresses) {
        return addresses == null ? List.of()
                : Arrays.stream(addresses.split("[,;\\s]+")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }
}
