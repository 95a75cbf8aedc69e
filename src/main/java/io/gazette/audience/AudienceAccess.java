package io.gazette.audience;

import io.gazette.newsletter.NewsletterAccess;
import io.gazette.shared.access.Scope;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Per-newsletter permissions carried over to the audience: an editor reaches the lists that feed a newsletter granted
 * to them, and the subscribers with a subscription (in any state) on one of those lists. A list that feeds no
 * newsletter is reached by admins only. See {@link NewsletterAccess}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AudienceAccess {

    private final NewsletterAccess newsletters;

    public AudienceAccess(NewsletterAccess newsletters) {
        this.newsletters = newsletters;
    }

    public Scope lists() {
        Scope granted = newsletters.scope();
        if (granted.isEvery() || granted.isNothing()) {
            return granted;
        }
        return Scope.only(MailingList.find("select distinct l.id from MailingList l join l.newsletterIds n where n in ?1",
                granted.granted()).project(Long.class).list());
    }

    /** Nothing, when list {@code listId} is in reach; otherwise the 404 that it does not exist. */
    public void requireList(long listId) {
        if (!lists().includes(listId)) {
            throw ProblemException.notFound("List", listId);
        }
    }

    /** Nothing, when subscriber {@code subscriberId} is in reach; otherwise the 404 that it does not exist. */
    public void requireSubscriber(long subscriberId) {
        Scope lists = lists();
        if (lists.isEvery()) {
            return;
        }
        boolean reached = !lists.isNothing() && Subscription.count("subscriberId = ?1 and listId in ?2", subscriberId,
                lists.granted()) > 0;
        if (!reached) {
            throw ProblemException.notFound("Subscriber", subscriberId);
        }
    }
}
