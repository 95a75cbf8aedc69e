package io.gazette.audience;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A subscriber on one list, with the record of how and when they consented, confirmed or left. */
@Entity
@Table(name = "subscription")
@IdClass(Subscription.Key.class)
public class Subscription extends PanacheEntityBase {

    /** The composite primary key. */
    public static class Key implements Serializable {
        public Long subscriberId;
        public Long listId;

        public Key() {
        }

        public Key(Long subscriberId, Long listId) {
            this.subscriberId = subscriberId;
            this.listId = listId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(subscriberId, key.subscriberId)
                    && Objects.equals(listId, key.listId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subscriberId, listId);
        }
    }

    @Id
    @Column(name = "subscriber_id")
    public Long subscriberId;

    @Id
    @Column(name = "list_id")
    public Long listId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SubscriptionStatus status;

    @Column(name = "consent_at", nullable = false)
    public Instant consentAt;

    @Column(name = "consent_ip", length = 45)
    public String consentIp;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method", nullable = false, length = 16)
    public ConsentMethod consentMethod;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_ip", length = 45)
    public String confirmedIp;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;

    /** Records a fresh consent: a new sign-up, or a return after leaving. */
    public void consent(ConsentMethod method, Instant at, String ip, boolean confirmed) {
        consentMethod = method;
        consentAt = at;
        consentIp = ip;
        unsubscribedAt = null;
        confirmedAt = null;
        confirmedIp = null;
        status = SubscriptionStatus.UNCONFIRMED;
        if (confirmed) {
            confirm(at, ip);
        }
    }

    public void confirm(Instant at, String ip) {
        status = SubscriptionStatus.CONFIRMED;
        confirmedAt = at;
        confirmedIp = ip;
    }

    public void unsubscribe(Instant at) {
        if (status != SubscriptionStatus.UNSUBSCRIBED) {
            status = SubscriptionStatus.UNSUBSCRIBED;
            unsubscribedAt = at;
        }
    }

    public boolean isMember() {
        return status == SubscriptionStatus.CONFIRMED || status == SubscriptionStatus.UNCONFIRMED;
    }

    public static Optional<Subscription> find(long subscriberId, long listId) {
        return findByIdOptional(new Key(subscriberId, listId));
    }

    public static Subscription create(long subscriberId, long listId) {
        Subscription subscription = new Subscription();
        subscription.subscriberId = subscriberId;
        subscription.listId = listId;
        return subscription;
    }
}
