package io.gazette.audience.signup;

import io.gazette.audience.ConsentMethod;
import io.gazette.audience.MailingList;
import io.gazette.audience.OptIn;
import io.gazette.audience.Subscriber;
import io.gazette.audience.SubscriberDirectory;
import io.gazette.audience.Subscription;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.list.ListService;
import io.gazette.mail.MailConfig;
import io.gazette.newsletter.Newsletter;
import io.gazette.shared.web.SubscriberLinks.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Sign-up and confirmation from the public pages. Every outcome a visitor sees depends only on the list, never on
 * whether the address was known, blocklisted or suppressed, so the form cannot be used to probe for subscribers.
 */
@ApplicationScoped
@Transactional
public class SignupService {

    private final SubscriberDirectory directory;
    private final ListService lists;
    private final Event<ConfirmationRequested> confirmations;
    private final MailConfig mail;
    private final Clock clock;

    public SignupService(SubscriberDirectory directory, ListService lists, Event<ConfirmationRequested> confirmations,
                         MailConfig mail, Clock clock) {
        this.directory = directory;
        this.lists = lists;
        this.confirmations = confirmations;
        this.mail = mail;
        this.clock = clock;
    }

    /** A list that has a hosted sign-up form: public ones only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ListInfo> publicList(String slug) {
        return MailingList.findBySlug(slug).filter(MailingList::isPublic).map(ListInfo::of);
    }

    /** The hosted form of a list, if it is public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> subscribeUrl(long listId) {
        return MailingList.<MailingList>findByIdOptional(listId).filter(MailingList::isPublic)
                .map(list -> lists.subscribeUrl(list.slug));
    }

    /**
     * Signs {@code email} (already normalised) up to a public list. Known confirmed members, suppressed and
     * blocklisted addresses are left as they are and get no mail; a pending sign-up gets its confirmation again.
     */
    public void subscribe(ListInfo info, String email, String name, String ip) {
        if (!directory.mayJoin(email)) {
            return;
        }
        MailingList list = MailingList.findById(info.id());
        Subscriber subscriber = directory.findOrCreate(email, name, null, "form:" + list.slug);
        Subscription subscription = directory.membership(subscriber.id, list.id);
        if (subscription.status == SubscriptionStatus.CONFIRMED) {
            return;
        }
        subscription.consent(ConsentMethod.FORM, clock.instant(), ip, list.optIn == OptIn.SINGLE);
        if (list.optIn == OptIn.DOUBLE) {
            Newsletter sender = list.newsletterIds.isEmpty() ? null
                    : Newsletter.find("id in ?1 order by id", list.newsletterIds).firstResult();
            confirmations.fire(new ConfirmationRequested(subscriber.id, list.id, subscriber.email, subscriber.name,
                    list.name, sender == null ? mail.fromAddress() : sender.senderAddress,
                    sender == null ? mail.fromName() : sender.senderName));
        }
    }

    /** The list a confirm link is for, if its sign-up is still pending or already confirmed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ListInfo> confirmable(Membership membership) {
        return Subscription.find(membership.subscriberId(), membership.listId())
                .filter(s -> s.isMember() && mayStillJoin(s))
                .map(s -> ListInfo.of(MailingList.findById(s.listId)));
    }

    /** Confirms a pending sign-up (a second click changes nothing); empty when the link no longer applies. */
    public Optional<ListInfo> confirm(Membership membership, String ip) {
        Optional<ListInfo> list = confirmable(membership);
        list.ifPresent(l -> Subscription.find(membership.subscriberId(), membership.listId())
                .filter(s -> s.status == SubscriptionStatus.UNCONFIRMED)
                .ifPresent(s -> s.confirm(clock.instant(), ip)));
        return list;
    }

    private boolean mayStillJoin(Subscription subscription) {
        Subscriber subscriber = Subscriber.findById(subscription.subscriberId);
        return directory.mayJoin(subscriber.email);
    }
}
