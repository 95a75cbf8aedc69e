package io.gazette.issue;

import io.gazette.newsletter.Newsletter;
import io.gazette.newsletter.NewsletterAccess;
import io.gazette.shared.access.Scope;
import io.gazette.newsletter.NewsletterService;
import io.gazette.security.audit.AuditLog;
import io.gazette.security.audit.CurrentActor;
import io.gazette.shared.http.Preconditions;
import io.gazette.shared.paging.Page;
import io.gazette.shared.paging.PageRequest;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates, edits, numbers and moves issues through their life. Items are {@link ItemService}'s. */
@ApplicationScoped
@Transactional
public class IssueService {

    private final Clock clock;
    private final NewsletterService newsletters;
    private final ItemFactory itemFactory;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Event<IssueStatusChanged> statusChanged;
    private final Event<IssueDrafted> drafted;
    private final NewsletterAccess access;
    private final Audiences audiences;

    public IssueService(Clock clock, NewsletterService newsletters, ItemFactory itemFactory, AuditLog audit, CurrentActor actor,
                        Event<IssueStatusChanged> statusChanged, Event<IssueDrafted> drafted, NewsletterAccess access,
                        Audiences audiences) {
        this.clock = clock;
        this.access = access;
        this.audiences = audiences;
        this.newsletters = newsletters;
        this.itemFactory = itemFactory;
        this.audit = audit;
        this.actor = actor;
        this.statusChanged = statusChanged;
        this.drafted = drafted;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IssueView view(long id) {
        return IssueView.of(get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Issue get(long id) {
        return visible(Issue.findByIdOptional(id), id);
    }

    /** Loads with a write lock and bumps the version, so item changes show up in the issue's ETag. */
    Issue lockForChange(long id) {
        return visible(Issue.findByIdOptional(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT), id);
    }

    /**
     * Nothing, if issue {@code issueId} belongs to a newsletter the person acting may work on; otherwise the 404 that
     * {@code what} {@code id} does not exist. For what hangs off an issue (its sends) without loading the issue.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireInScope(long issueId, String what, Object id) {
        Scope scope = access.scope();
        if (scope.isEvery()) {
            return;
        }
        boolean inScope = Issue.getEntityManager()
                .createQuery("select i.newsletter.id from Issue i where i.id = ?1", Long.class)
                .setParameter(1, issueId)
                .getResultStream().anyMatch(scope::includes);
        if (!inScope) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** The issue, if it exists and belongs to a newsletter the person acting may work on; 404 otherwise. */
    private Issue visible(Optional<Issue> found, long id) {
        return found.filter(issue -> access.scope().includes(issue.newsletter.id))
                .orElseThrow(() -> ProblemException.notFound("Issue", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IssueSummary> list(long newsletterId, Set<IssueStatus> statuses, PageRequest page) {
        newsletters.get(newsletterId);
        PanacheQuery<Issue> query = statuses.isEmpty()
                ? Issue.find("newsletter.id", Sort.descending("number"), newsletterId)
                : Issue.find("newsletter.id = ?1 and status in ?2", Sort.descending("number"), newsletterId, statuses);
        long total = query.count();
        return Page.of(query.page(page.toPanache()).list(), page, total).map(IssueSummary::of);
    }

    /** Issues of every newsletter in this state, soonest scheduled (or most recently edited) first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssueSummary> inStatus(IssueStatus status, int limit) {
        Sort order = status == IssueStatus.SCHEDULED ? Sort.ascending("scheduledAt") : Sort.descending("updatedAt");
        Scope scope = access.scope();
        if (scope.isNothing()) {
            return List.of();
        }
        PanacheQuery<Issue> query = scope.isEvery()
                ? Issue.find("status", order, status)
                : Issue.find("status = ?1 and newsletter.id in ?2", order, status, scope.granted());
        return query.page(0, limit).list().stream().map(IssueSummary::of).toList();
    }

    public IssueView create(long newsletterId, IssueRequest request) {
        Newsletter newsletter = newsletters.lock(newsletterId);
        Instant now = clock.instant();
        Issue issue = new Issue();
        issue.newsletter = newsletter;
        issue.number = newsletter.takeNextIssueNumber();
        issue.createdAt = now;
        apply(request, issue, now);
        issue.updatedBy = actor.name();
        if (request.items() != null) {
            request.items().forEach(item -> issue.items.add(itemFactory.create(issue, item)));
            ItemOrder.renumber(issue.items);
        }
        issue.persistAndFlush();
        drafted.fire(new IssueDrafted(issue.id, newsletter.id));
        return IssueView.of(issue);
    }

    public IssueView update(long id, IssueRequest request, String ifMatch) {
        Issue issue = visible(Issue.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE), id);
        issue.requireEditable();
        Preconditions.check(ifMatch, request.version(), issue.version);
        apply(request, issue, clock.instant());
        issue.updatedBy = actor.name();
        return flushed(issue);
    }

    public void delete(long id) {
        Issue issue = lockForChange(id);
        issue.requireEditable();
        issue.delete();
    }

    public IssueView changeStatus(long id, StatusChange change) {
        Issue issue = lockForChange(id);
        IssueStatus from = issue.status();
        IssueStatus target = IssueStatus.valueOf(change.status());
        Instant now = clock.instant();
        if (target == IssueStatus.SCHEDULED) {
            schedule(issue, change, now);
        } else {
            issue.transitionTo(target, now);
        }
        statusChanged.fire(new IssueStatusChanged(id, from, target));
        audit.record(actor.name(), "issue.status-changed", AuditLog.target("issue", id), from + " -> " + target
                + (issue.scheduledAt == null ? "" : ", send at " + issue.scheduledAt));
        return flushed(issue);
    }

    /** Starts the next issue from this one: next number, same intro, closing and call to action, items if asked. */
    public IssueView duplicate(long id, DuplicateRequest request) {
        Issue source = get(id);
        Newsletter newsletter = newsletters.lock(source.newsletter.id);
        Instant now = clock.instant();
        Issue copy = new Issue();
        copy.newsletter = newsletter;
        copy.number = newsletter.takeNextIssueNumber();
        copy.title = source.title;
        copy.subject = source.subject;
        copy.preheader = source.preheader;
        copy.intro = source.intro;
        copy.closing = source.closing;
        copy.ctaLabel = source.ctaLabel;
        copy.ctaUrl = source.ctaUrl;
        copy.createdAt = now;
        copy.updatedAt = now;
        copy.updatedBy = actor.name();
        if (request.copyItems()) {
            source.items.forEach(item -> copy.items.add(itemFactory.copy(copy, item)));
            ItemOrder.renumber(copy.items);
        }
        copy.persistAndFlush();
        drafted.fire(new IssueDrafted(copy.id, newsletter.id));
        return IssueView.of(copy);
    }

    /** Writes pending changes so the returned view carries the new version, as its ETag must. */
    private static IssueView flushed(Issue issue) {
        issue.flush();
        return IssueView.of(issue);
    }

    private void schedule(Issue issue, StatusChange change, Instant now) {
        if (issue.items.isEmpty()) {
            throw ProblemException.invalid("status", "an issue needs at least one item before it can be scheduled");
        }
        Instant sendAt = ScheduleTimes.resolve(change.scheduledAt(), issue.newsletter, now);
        if (!sendAt.isAfter(now)) {
            throw ProblemException.invalid("scheduledAt", "must be in the future");
        }
        issue.transitionTo(IssueStatus.SCHEDULED, now);
        issue.scheduledAt = sendAt;
        if (change.lists() != null) {
            issue.audience.clear();
            issue.audience.addAll(audiences.existing("lists", change.lists()));
        }
    }

    private static void apply(IssueRequest request, Issue issue, Instant now) {
        issue.title = request.title().strip();
        issue.subject = blankToNull(request.subject());
        issue.preheader = blankToNull(request.preheader());
        issue.intro = blankToNull(request.intro());
        issue.closing = blankToNull(request.closing());
        issue.ctaLabel = blankToNull(request.ctaLabel());
        issue.ctaUrl = blankToNull(request.ctaUrl());
        issue.updatedAt = now;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
