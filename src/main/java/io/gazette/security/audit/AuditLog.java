package io.gazette.security.audit;

import io.gazette.shared.paging.Page;
import io.gazette.shared.paging.PageRequest;
import io.gazette.shared.time.DisplayTimes;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.time.Clock;
import java.util.List;

/**
 * Who did what, when. Every feature that changes something worth answering for later (users, tokens, sign-ins, sends,
 * schedule changes, imports, erasures) calls {@link #record}. The entry joins the caller's transaction, so a change
 * that rolls back leaves no entry claiming it happened.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    private final Clock clock;
    private final DisplayTimes times;

    public AuditLog(Clock clock, DisplayTimes times) {
        this.clock = clock;
        this.times = times;
    }

    /**
     * @param actor   who: an email, {@link CurrentActor#SYSTEM} or whatever {@link CurrentActor#name()} answers
     * @param action  what, as {@code noun.verb-ed}: {@code user.created}, {@code issue.status-changed}, {@code send.started}
     * @param target  what it was done to, made by {@link #target}: {@code user:7}, {@code issue:42}; may be null
     * @param details free text for a human reader; never a password, token or other secret; may be null
     */
    public void record(String actor, String action, String target, String details) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actor = clip(actor == null ? CurrentActor.SYSTEM : actor, 320);
        event.action = clip(action, 64);
        event.target = target == null ? null : clip(target, 300);
        event.details = details == null ? null : clip(details, 2000);
        event.persist();
    }

    /** The one spelling of a target, {@code kind:id}, so entries about one thing can be found together. */
    public static String target(String kind, Object id) {
        return kind + ":" + id;
    }

    /**
     * Newest first, narrowed by {@code query} (see {@link AuditQuery}). The API and the audit page both call this, so
     * a filter means the same in both.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> list(@Valid AuditQuery query, PageRequest page) {
        Sort newestFirst = Sort.descending("id");
        AuditConditions conditions = AuditConditions.of(query, times);
        PanacheQuery<AuditEvent> found = conditions.none()
                ? AuditEvent.findAll(newestFirst)
                : AuditEvent.find(conditions.where(), newestFirst, conditions.parameters());
        return Page.of(found.page(page.toPanache()).list(), page, found.count()).map(AuditEntryView::of);
    }

    /** Every action the log holds, in alphabetical order: what there is to filter by. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions() {
        return AuditEvent.getEntityManager()
                .createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
