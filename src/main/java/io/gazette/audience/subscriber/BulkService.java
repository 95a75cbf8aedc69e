package io.gazette.audience.subscriber;

import io.gazette.audience.AudienceConfig;
import io.gazette.audience.ConsentMethod;
import io.gazette.audience.MailboxPolicy;
import io.gazette.audience.Subscriber;
import io.gazette.audience.SubscriberDirectory;
import io.gazette.audience.SubscriberStatus;
import io.gazette.audience.Subscription;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Add, remove, confirm and blocklist many subscribers in one transaction. */
@ApplicationScoped
@Transactional
public class BulkService {

    private final SubscriberDirectory directory;
    private final AudienceConfig config;
    private final MailboxPolicy mailboxes;
    private final Clock clock;

    public BulkService(SubscriberDirectory directory, AudienceConfig config, MailboxPolicy mailboxes, Clock clock) {
        this.directory = directory;
        this.mailboxes = mailboxes;
        this.config = config;
        this.clock = clock;
    }

    public BulkResult apply(BulkRequest request) {
        List<Long> ids = request.ids() == null ? List.of() : request.ids();
        List<String> emails = request.emails() == null ? List.of() : request.emails();
        Set<Long> lists = request.lists() == null ? Set.of() : request.lists();
        check(request, ids.size() + emails.size(), lists);
        Targets targets = new Targets();
        ids.forEach(id -> Subscriber.<Subscriber>findByIdOptional(id)
                .ifPresentOrElse(targets::add, () -> targets.notFound.add(String.valueOf(id))));
        for (String raw : emails) {
            MailboxPolicy.Verdict email = mailboxes.check(raw);
            if (!email.accepted()) {
                targets.invalid.add(raw);
            } else if (request.action() == BulkAction.SUBSCRIBE) {
                targets.add(directory.findOrCreate(email.address(), null, null, "admin"));
            } else {
                Subscriber.findByEmail(email.address()).ifPresentOrElse(targets::add, () -> targets.notFound.add(raw));
            }
        }
        int changed = switch (request.action()) {
            case SUBSCRIBE -> subscribe(targets, lists, request.status() == SubscriptionStatus.CONFIRMED);
            case REMOVE -> (int) Subscription.delete("subscriberId in ?1 and listId in ?2", targets.ids(), lists);
            case CONFIRM -> confirm(targets, lists);
            case UNSUBSCRIBE -> unsubscribe(targets, lists);
            case BLOCKLIST -> setStatus(targets, SubscriberStatus.BLOCKLISTED);
            case UNBLOCKLIST -> setStatus(targets, SubscriberStatus.ACTIVE);
        };
        return new BulkResult(request.action(), targets.subscribers.size(), changed, targets.notFound, targets.invalid,
                targets.suppressed);
    }

    private void check(BulkRequest request, int count, Set<Long> lists) {
        if (count == 0 || count > config.bulkMaxItems()) {
            throw ProblemException.invalid("ids", "name between 1 and " + config.bulkMaxItems()
                    + " subscribers by ids and emails together");
        }
        if (request.action().needsLists() && lists.isEmpty()) {
            throw ProblemException.invalid("lists", "must name at least one list for " + request.action());
        }
        if (request.action() == BulkAction.SUBSCRIBE && request.status() != SubscriptionStatus.CONFIRMED
                && request.status() != SubscriptionStatus.UNCONFIRMED) {
            throw ProblemException.invalid("status", "must be CONFIRMED or UNCONFIRMED for SUBSCRIBE");
        }
        SubscriberService.requireLists(lists);
    }

    private int subscribe(Targets targets, Set<Long> lists, boolean confirmed) {
        Instant now = clock.instant();
        int changed = 0;
        for (Subscriber subscriber : targets.subscribers.values()) {
            if (!directory.mayJoin(subscriber.email)) {
                targets.suppressed.add(subscriber.email);
                continue;
            }
            for (Long listId : lists) {
                Subscription subscription = Subscription.find(subscriber.id, listId)
                        .orElseGet(() -> Subscription.create(subscriber.id, listId));
                if (subscription.status == null || subscription.status == SubscriptionStatus.UNSUBSCRIBED) {
                    subscription.consent(ConsentMethod.ADMIN, now, null, confirmed);
                    subscription.persist();
                    changed++;
                } else if (confirmed && subscription.status == SubscriptionStatus.UNCONFIRMED) {
                    subscription.consentMethod = ConsentMethod.ADMIN;
                    subscription.confirm(now, null);
                    changed++;
                }
            }
        }
        return changed;
    }

    private int confirm(Targets targets, Set<Long> lists) {
        Instant now = clock.instant();
        List<Subscription> pending = targets.subscribers.isEmpty() ? List.of()
                : Subscription.list("subscriberId in ?1 and listId in ?2 and status = ?3", targets.ids(), lists,
                SubscriptionStatus.UNCONFIRMED);
        for (Subscription subscription : pending) {
            subscription.consentMethod = ConsentMethod.ADMIN;
            subscription.confirm(now, null);
        }
        return pending.size();
    }

    private int unsubscribe(Targets targets, Set<Long> lists) {
        Instant now = clock.instant();
        List<Subscription> members = targets.subscribers.isEmpty() ? List.of()
                : Subscription.list("subscriberId in ?1 and listId in ?2 and status <> ?3", targets.ids(), lists,
                SubscriptionStatus.UNSUBSCRIBED);
        members.forEach(subscription -> subscription.unsubscribe(now));
        return members.size();
    }

    private int setStatus(Targets targets, SubscriberStatus status) {
        Instant now = clock.instant();
        int changed = 0;
        for (Subscriber subscriber : targets.subscribers.values()) {
            if (subscriber.status != status) {
                subscriber.status = status;
                subscriber.updatedAt = now;
                changed++;
            }
        }
        return changed;
    }

    /** The subscribers a request names, each once however often it is named, and what could not be resolved. */
    private static final class Targets {
        final Map<Long, Subscriber> subscribers = new LinkedHashMap<>();
        final List<String> notFound = new ArrayList<>();
        final List<String> invalid = new ArrayList<>();
        final List<String> suppressed = new ArrayList<>();

        void add(Subscriber subscriber) {
            subscribers.putIfAbsent(subscriber.id, subscriber);
        }

        List<Long> ids() {
            return subscribers.isEmpty() ? List.of(-1L) : List.copyOf(subscribers.keySet());
        }
    }
}
