package io.gazette.audience.signup;

import io.gazette.audience.ConsentMethod;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.MailingList;
import io.gazette.audience.Subscriber;
import io.gazette.audience.SubscriberDirectory;
import io.gazette.audience.Subscription;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.Suppression;
import io.gazette.audience.SuppressionReason;
import io.gazette.shared.web.SubscriberLinks.Membership;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a subscriber does from the links in their mail: leave one list, choose lists, or leave everything. The signed
 * link proves they own the address, so choices made here count as confirmed consent.
 */
@ApplicationScoped
@Transactional
public class PreferenceService {

    private final SubscriberDirectory directory;
    private final Clock clock;

    public PreferenceService(SubscriberDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Unsubscribes from one list at once; repeating it, or a subscription that no longer exists, changes nothing.
     * Returns the list's name, empty if the list itself is gone.
     */
    public Optional<String> unsubscribe(Membership membership) {
        Subscription.find(membership.subscriberId(), membership.listId()).ifPresent(s -> s.unsubscribe(clock.instant()));
        return listName(membership);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> listName(Membership membership) {
        return MailingList.<MailingList>findByIdOptional(membership.listId()).map(l -> l.name);
    }

    /** The preferences page: every public list, plus the private lists the subscriber is on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Preferences> preferences(long subscriberId) {
        return Subscriber.<Subscriber>findByIdOptional(subscriberId).map(subscriber -> {
            Map<Long, Subscription> mine = subscriptions(subscriberId);
            List<Preferences.Choice> choices = visibleLists(mine).stream().map(list -> {
                Subscription s = mine.get(list.id);
                boolean member = s != null && s.isMember();
                return new Preferences.Choice(list.id, list.name, list.description, member,
                        member && s.status == SubscriptionStatus.UNCONFIRMED);
            }).toList();
            return new Preferences(Preferences.mask(subscriber.email), directory.suppression(subscriber.email).isPresent(),
                    choices);
        });
    }

    /**
     * Makes the subscriber a confirmed member of exactly the {@code chosen} lists among those the page offers.
     * Choosing any list takes back an earlier "leave all"; suppressions for other reasons (bounces, complaints,
     * erasure, an admin's) stay.
     */
    public boolean save(long subscriberId, Set<Long> chosen, String ip) {
        Optional<Subscriber> subscriber = Subscriber.findByIdOptional(subscriberId);
        if (subscriber.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Map<Long, Subscription> mine = subscriptions(subscriberId);
        for (MailingList list : visibleLists(mine)) {
            Subscription s = mine.get(list.id);
            if (chosen.contains(list.id) && (s == null || s.status != SubscriptionStatus.CONFIRMED)) {
                directory.membership(subscriberId, list.id).consent(ConsentMethod.FORM, now, ip, true);
            } else if (!chosen.contains(list.id) && s != null) {
                s.unsubscribe(now);
            }
        }
        if (!chosen.isEmpty()) {
            Suppression.delete("email = ?1 and reason = ?2", subscriber.get().email, SuppressionReason.UNSUBSCRIBED_ALL);
        }
        return true;
    }

    /** Leaves every list and puts the address on the suppression list, so no list or import can mail it again. */
    public boolean leaveAll(long subscriberId) {
        Optional<Subscriber> subscriber = Subscriber.findByIdOptional(subscriberId);
        subscriber.ifPresent(s -> {
            Instant now = clock.instant();
            subscriptions(subscriberId).values().forEach(sub -> sub.unsubscribe(now));
            directory.suppress(s.email, SuppressionReason.UNSUBSCRIBED_ALL);
        });
        return subscriber.isPresent();
    }

    private static Map<Long, Subscription> subscriptions(long subscriberId) {
        return Subscription.<Subscription>list("subscriberId", subscriberId).stream()
                .collect(Collectors.toMap(s -> s.listId, Function.identity()));
    }

    private static List<MailingList> visibleLists(Map<Long, Subscription> mine) {
        return MailingList.<MailingList>list("visibility = ?1 or id in ?2", Sort.by("name"), ListVisibility.PUBLIC,
                mine.isEmpty() ? Set.of(-1L) : mine.keySet());
    }
}
