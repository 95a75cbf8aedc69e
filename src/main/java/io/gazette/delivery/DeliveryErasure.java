package io.gazette.delivery;

import io.gazette.audience.SubscriberErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/** Erasing a person also erases what delivery kept about them: their recipient rows and their bounce history. */
@ApplicationScoped
public class DeliveryErasure {

    private final EntityManager em;

    public DeliveryErasure(EntityManager em) {
        this.em = em;
    }

    void onErased(@Observes SubscriberErased erased) {
        em.createNativeQuery("DELETE FROM delivery WHERE subscriber_id = ?1 OR email = ?2")
                .setParameter(1, erased.subscriberId()).setParameter(2, erased.email()).executeUpdate();
        em.createNativeQuery("DELETE FROM bounce_event WHERE email = ?1").setParameter(1, erased.email()).executeUpdate();
    }
}
