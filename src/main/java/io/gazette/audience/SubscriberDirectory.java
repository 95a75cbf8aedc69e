package io.gazette.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Finding and creating subscribers and suppressions safely when two requests name the same address at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubscriberDirectory {

    private final EntityManager em;
    private final Clock clock;

    public SubscriberDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The subscriber with this normalised address. A new one gets {@code name}, {@code attributes} and
     * {@code source}; an existing one is returned untouched, so an anonymous form cannot rewrite a known person.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Subscriber findOrCreate(String email, String name, String attributes, String source) {
        Optional<Subscriber> existing = Subscriber.findByEmail(email);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO subscriber (email, name, attributes, status, source, created_at, updated_at)"
                        + " VALUES (?1, ?2, ?3, 'ACTIVE', ?4, ?5, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, email)
                .setParameter(2, name)
                .setParameter(3, attributes)
                .setParameter(4, source)
                .setParameter(5, now)
                .executeUpdate();
        return Subscriber.findByEmail(email).orElseThrow();
    }

    /**
     * The subscriber's subscription to the list; one that did not exist is created as a pending form sign-up first,
     * so two requests racing (a double-clicked form) both end up with the same row instead of one failing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Subscription membership(long subscriberId, long listId) {
        Optional<Subscription> existing = Subscription.find(subscriberId, listId);
        if (existing.isPresent()) {
            return existing.get();
        }
        em.createNativeQuery("INSERT INTO subscription (subscriber_id, list_id, status, consent_at, consent_method)"
                        + " VALUES (?1, ?2, 'UNCONFIRMED', ?3, 'FORM') ON CONFLICT DO NOTHING")
                .setParameter(1, subscriberId)
                .setParameter(2, listId)
                .setParameter(3, clock.instant())
                .executeUpdate();
        return Subscription.find(subscriberId, listId).orElseThrow();
    }

    public Optional<Suppression> suppression(String email) {
        return Suppression.findByIdOptional(email);
    }

    /** Puts the address on the suppression list; an address already there keeps its first reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void suppress(String email, SuppressionReason reason) {
        em.createNativeQuery("INSERT INTO suppression (email, reason, created_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, email)
                .setParameter(2, reason.name())
                .setParameter(3, clock.instant())
                .executeUpdate();
    }

    /** Whether a form may sign this address up: not suppressed, and its subscriber (if any) not blocklisted. */
    public boolean mayJoin(String email) {
        return suppression(email).isEmpty() && Subscriber.findByEmail(email).map(s -> !s.isBlocklisted()).orElse(true);
    }
}
