package io.gazette.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Finds the scheduled issues whose time has come ({@code status = 'SCHEDULED' AND scheduled_at <= now}). */
@ApplicationScoped
public class DueIssues {

    private final EntityManager em;
    private final Clock clock;

    public DueIssues(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public List<Long> ids() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM issue WHERE status = 'SCHEDULED' AND scheduled_at <= ?1"
                + " ORDER BY scheduled_at, id").setParameter(1, clock.instant()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
