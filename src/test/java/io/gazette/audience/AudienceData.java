package io.gazette.audience;

import io.gazette.audience.list.ListRequest;
import io.gazette.audience.list.ListService;
import io.gazette.audience.subscriber.BulkAction;
import io.gazette.audience.subscriber.BulkRequest;
import io.gazette.audience.subscriber.BulkService;
import io.gazette.support.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sets up and inspects audience data directly, for tests whose subject is elsewhere (public pages, imports). */
@ApplicationScoped
public class AudienceData {

    private final ListService lists;
    private final BulkService bulk;
    private final Clock clock;

    public AudienceData(ListService lists, BulkService bulk, Clock clock) {
        this.lists = lists;
        this.bulk = bulk;
        this.clock = clock;
    }

    /** Makes each address a confirmed member of {@code list}, creating subscribers as needed (the bulk service's SUBSCRIBE). */
    public void subscribe(List<String> emails, long list) {
        bulk.apply(new BulkRequest(BulkAction.SUBSCRIBE, null, emails, null, Set.of(list), SubscriptionStatus.CONFIRMED));
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
    public void unsubscribe(String email, long listId) {
        subscription(email, listId).ifPresent(s -> Subscription.<Subscription>findById(new Subscription.Key(s.subscriberId, s.listId))
                .unsubscribe(clock.instant()));
    }

    @Transactional
    public long stagedRows(long jobId) {
        return ((Number) Subscriber.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM import_row WHERE job_id = ?1")
                .setParameter(1, jobId).getSingleResult()).longValue();
    }

    @Transactional
    public long members(long listId, SubscriptionStatus status) {
        return Subscription.count("listId = ?1 and status = ?2", listId, status);
    }
}
