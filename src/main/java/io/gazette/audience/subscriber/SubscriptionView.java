package io.gazette.audience.subscriber;

import io.gazette.audience.ConsentMethod;
import io.gazette.audience.MailingList;
import io.gazette.audience.Subscription;
import io.gazette.audience.SubscriptionStatus;

import java.time.Instant;

/** One subscription with its consent record. */
public record SubscriptionView(long listId, String listSlug, String listName, SubscriptionStatus status,
                               Instant consentAt, String consentIp, ConsentMethod consentMethod, Instant confirmedAt,
                               String confirmedIp, Instant unsubscribedAt) {

    static SubscriptionView of(Subscription s, MailingList list) {
        return new SubscriptionView(s.listId, list.slug, list.name, s.status, s.consentAt, s.consentIp,
                s.consentMethod, s.confirmedAt, s.confirmedIp, s.unsubscribedAt);
    }
}
