package io.gazette.audience.subscriber;

import io.gazette.audience.Attributes;
import io.gazette.audience.AudienceAccess;
import io.gazette.audience.ConsentMethod;
import io.gazette.audience.EmailAddresses;
import io.gazette.audience.MailingList;
import io.gazette.audience.Subscriber;
import io.gazette.audience.SubscriberDirectory;
import io.gazette.audience.SubscriberErased;
import io.gazette.audience.Subscription;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.Suppression;
import io.gazette.audience.SuppressionReason;
import io.gazette.shared.access.Scope;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Subscribers as admins and other systems see them: view, add, edit, export and erase. */
@ApplicationScoped
@Transactional
public class SubscriberService {

    private final SubscriberDirectory directory;
    private final Event<SubscriberErased> erased;
    private final EntityManager em;
    private final Clock clock;
    private final AudienceAccess access;

    public SubscriberService(SubscriberDirectory directory, Event<SubscriberErased> erased, EntityManager em, Clock clock,
                             AudienceAccess access) {
        this.directory = directory;
        this.access = access;
        this.erased = erased;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriberView view(long id) {
        Subscriber subscriber = get(id);
        Scope reach = access.lists();
        List<Subscription> subscriptions = Subscription.<Subscription>list("subscriberId", id).stream()
                .filter(subscription -> reach.includes(subscription.listId)).toList();
        Map<Long, MailingList> lists = subscriptions.isEmpty() ? Map.of()
                : MailingList.<MailingList>list("id in ?1", subscriptions.stream().map(s -> s.listId).toList()).stream()
                .collect(Collectors.toMap(l -> l.id, Function.identity()));
        List<SubscriptionView> views = subscriptions.stream()
                .sorted(Comparator.comparing(s -> s.listId))
                .map(s -> SubscriptionView.of(s, lists.get(s.listId)))
                .toList();
        SuppressionReason suppressed = directory.suppression(subscriber.email).map(s -> s.reason).orElse(null);
        return SubscriberView.of(subscriber, suppressed, views);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriberExport export(long id) {
        return new SubscriberExport(clock.instant(), view(id));
    }

    /** Adds a subscriber; an address that already exists is a conflict, so nobody is overwritten by accident. */
    public SubscriberView create(SubscriberRequest request) {
        String email = EmailAddresses.normalise(request.email())
                .orElseThrow(() -> ProblemException.invalid("email", "must be a valid email address"));
        Set<Long> listIds = request.lists() == null ? Set.of() : request.lists();
        if (!listIds.isEmpty() && request.status() != SubscriptionStatus.CONFIRMED
                && request.status() != SubscriptionStatus.UNCONFIRMED) {
            throw ProblemException.invalid("status", "must be CONFIRMED or UNCONFIRMED when lists are given");
        }
        requireLists(listIds);
        if (Subscriber.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("A subscriber with this address already exists");
        }
        Subscriber subscriber = directory.findOrCreate(email, blankToNull(request.name()),
                Attributes.toText(request.attributes()), "api");
        Instant now = clock.instant();
        for (Long listId : listIds) {
            Subscription subscription = Subscription.create(subscriber.id, listId);
            subscription.consent(ConsentMethod.API, now, null, request.status() == SubscriptionStatus.CONFIRMED);
            subscription.persist();
        }
        em.flush();
        return view(subscriber.id);
    }

    public SubscriberView update(long id, SubscriberUpdate update) {
        Subscriber subscriber = get(id);
        subscriber.name = blankToNull(update.name());
        subscriber.attributes = Attributes.toText(update.attributes());
        subscriber.updatedAt = clock.instant();
        return view(id);
    }

    /**
     * Deletes the subscriber, their subscriptions and consent records. The address stays on the suppression list
     * only when the person asked never to be mailed again; otherwise any suppression entry goes too, and nothing
     * about the person is left.
     */
    public void erase(long id, boolean neverMailAgain) {
        Subscriber subscriber = get(id);
        String email = subscriber.email;
        Subscription.delete("subscriberId", id);
        subscriber.delete();
        em.createNativeQuery("DELETE FROM import_row WHERE email = ?1").setParameter(1, email).executeUpdate();
        if (neverMailAgain) {
            directory.suppress(email, SuppressionReason.ERASURE);
        } else {
            Suppression.deleteById(email);
        }
        erased.fire(new SubscriberErased(id, email));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscriber get(long id) {
        access.requireSubscriber(id);
        return Subscriber.<Subscriber>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Subscriber", id));
    }

    static void requireLists(Set<Long> listIds) {
        if (!listIds.isEmpty() && MailingList.count("id in ?1", listIds) != listIds.size()) {
            throw ProblemException.invalid("lists", "names a list that does not exist");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
