package io.gazette.audience;

import io.gazette.audience.list.ListRequest;
import io.gazette.audience.list.ListService;
import io.gazette.support.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sets up and inspects audience data directly, for tests whose subject is elsewhere (public pages, imports). */
@ApplicationScoped
public class AudienceData {

    private final ListService lists;

    public AudienceData(ListService lists) {
        this.lists = lists;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public long list(String name, ListVisibility visibility, OptIn optIn, Long... newsletters) {
        return lists.create(new ListRequest(Fixtures.uniqueSlug("list"), name, "About " + name, visibility, optIn,
                Set.of(newsletters), null)).id();
    }

    public String slug(long listId) {
        return lists.view(listId).slug();
    }

    @Transactional
    public Optional<SubscriptionStatus> status(String email, long listId) {
        return Subscriber.findByEmail(email).flatMap(s -> Subscription.find(s.id, listId)).map(s -> s.status);
    }

    @Transactional
    public Optional<Subscription> subscription(String email, long listId) {
        return Subscriber.findByEmail(email).flatMap(s -> Subscription.find(s.id, listId));
    }

    @Transactional
    public Optional<Subscriber> subscriber(String email) {
        return Subscriber.findByEmail(email);
    }

    @Transactional
    public Optional<SuppressionReason> suppression(String email) {
        return Suppression.<Suppression>findByIdOptional(email).map(s -> s.reason);
    }

    @Transactional
    public long members(long listId, SubscriptionStatus status) {
        return Subscription.count("listId = ?1 and status = ?2", listId, status);
    }
}
