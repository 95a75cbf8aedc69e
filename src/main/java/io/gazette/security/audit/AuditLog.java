package io.gazette.security.audit;

import io.gazette.shared.paging.Page;
import io.gazette.shared.paging.PageRequest;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Who did what, when. Every feature that changes something worth answering for later (users, tokens, sign-ins, sends,
 * schedule changes, imports, erasures) calls {@link #record}. The entry joins the caller's transaction, so a change
 * that rolls back leaves no entry claiming it happened.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    /** Letters, digits, dots and hyphens only, so a family prefix can go into LIKE without escaping. */
    private static final Pattern ACTION = Pattern.compile("[a-z0-9.-]+");

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
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

    /** Newest first; {@code action} narrows to one action or, ending in a dot, to a family such as {@code login.}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> list(String action, PageRequest page) {
        Sort newestFirst = Sort.descending("id");
        PanacheQuery<AuditEvent> query;
        if (action == null || action.isBlank()) {
            query = AuditEvent.findAll(newestFirst);
        } else if (!ACTION.matcher(action).matches()) {
            throw ProblemException.invalid("action", "must look like login.failed, or login. for the family");
        } else if (action.endsWith(".")) {
            query = AuditEvent.find("action like ?1", newestFirst, action + "%");
        } else {
            query = AuditEvent.find("action", newestFirst, action);
        }
        return Page.of(query.page(page.toPanache()).list(), page, query.count()).map(AuditEntryView::of);
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
