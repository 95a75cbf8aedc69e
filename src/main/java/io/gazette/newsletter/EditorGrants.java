package io.gazette.newsletter;

import io.gazette.security.account.UserService;
import io.gazette.security.account.UserView;
import io.gazette.security.audit.AuditLog;
import io.gazette.security.audit.CurrentActor;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Which newsletters each editor may work on ({@code newsletter_editor}); admins set them, see {@link NewsletterAccess}. */
@ApplicationScoped
@Transactional
public class EditorGrants {

    private final EntityManager em;
    private final UserService users;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    public EditorGrants(EntityManager em, UserService users, AuditLog audit, CurrentActor actor, Clock clock) {
        this.em = em;
        this.users = users;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** The newsletters granted to the account {@code userId}, in id order; empty for one that has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> of(long userId) {
        List<?> ids = em.createNativeQuery("SELECT newsletter_id FROM newsletter_editor WHERE user_id = ?1")
                .setParameter(1, userId)
                .getResultList();
        return ids.stream()
                .map(id -> ((Number) id).longValue())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The accounts granted newsletter {@code newsletterId}, in id order: who hears about its sends besides the admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> editorsOf(long newsletterId) {
        List<?> ids = em.createNativeQuery("SELECT user_id FROM newsletter_editor WHERE newsletter_id = ?1")
                .setParameter(1, newsletterId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The grants of an account that exists (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> ofAccount(long userId) {
        users.view(userId);
        return of(userId);
    }

    /**
     * Replaces the account's grants with {@code newsletterIds}, each of which must exist. Admins may hold grants too;
     * they change nothing while the account is an admin and apply if it becomes an editor.
     */
    public Set<Long> replace(long userId, Collection<Long> newsletterIds) {
        UserView user = users.view(userId);
        Set<Long> wanted = new TreeSet<>(newsletterIds);
        Set<Long> existing = wanted.isEmpty() ? Set.of() : Newsletter.<Newsletter>list("id in ?1", wanted).stream()
                .map(newsletter -> newsletter.id).collect(Collectors.toSet());
        if (existing.size() != wanted.size()) {
            throw ProblemException.invalid("newsletterIds", "no such newsletter: " + difference(wanted, existing));
        }
        Set<Long> before = of(userId);
        if (before.equals(wanted)) {
            return before;
        }
        // Only what changed is written, so a grant that stays keeps the time and the admin of its granting.
        for (long removed : difference(before, wanted)) {
            em.createNativeQuery("DELETE FROM newsletter_editor WHERE user_id = ?1 AND newsletter_id = ?2")
                    .setParameter(1, userId).setParameter(2, removed).executeUpdate();
        }
        for (long added : difference(wanted, before)) {
            em.createNativeQuery("INSERT INTO newsletter_editor (user_id, newsletter_id, granted_at, granted_by) "
                            + "VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, userId).setParameter(2, added)
                    .setParameter(3, clock.instant()).setParameter(4, actor.name())
                    .executeUpdate();
        }
        audit.record(actor.name(), "user.newsletters-changed", AuditLog.target("user", user.id()), before + " -> " + wanted);
        return wanted;
    }

    private static Set<Long> difference(Set<Long> from, Set<Long> without) {
        Set<Long> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }
}
