package io.gazette.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Set;

/**
 * The single definition of who may be mailed: a CONFIRMED subscription, an ACTIVE subscriber, and an address that is
 * not on the suppression list. Delivery materialises its recipients with {@link #NEWSLETTER_RECIPIENTS_SQL}
 * (for example {@code INSERT INTO delivery (...) SELECT ... FROM (<sql>) r}) and re-checks single addresses with
 * {@link #isAddressBlocked(String)} just before sending.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MailableRecipients {

    /** The condition on subscriber {@code s} and subscription {@code sub} that makes a row mailable. */
    public static final String MAILABLE_CONDITION = "sub.status = 'CONFIRMED' AND s.status = 'ACTIVE'"
            + " AND NOT EXISTS (SELECT 1 FROM suppression x WHERE x.email = s.email)";

    /**
     * One row per mailable subscriber of a newsletter, however many of its lists they are on. Columns:
     * {@code subscriber_id, email, name, list_id} (the lowest such list, for the unsubscribe link), {@code attributes}.
     * Parameter 1: the newsletter id.
     */
    public static final String NEWSLETTER_RECIPIENTS_SQL =
            recipientsOf("sub.list_id IN (SELECT ln.list_id FROM list_newsletter ln WHERE ln.newsletter_id = ?)");

    /** The same rows for the lists a send was addressed to ({@code send_list}). Parameter 1: the send id. */
    public static final String SEND_RECIPIENTS_SQL =
            recipientsOf("sub.list_id IN (SELECT sl.list_id FROM send_list sl WHERE sl.send_id = ?)");

    /**
     * The condition on a queued {@code delivery d} that it may still be mailed when its turn comes: the address is not
     * suppressed and the person is still a mailable member of one of the send's lists.
     */
    public static final String STILL_MAILABLE_CONDITION = "EXISTS (SELECT 1 FROM subscription sub"
            + " JOIN subscriber s ON s.id = sub.subscriber_id"
            + " WHERE sub.subscriber_id = d.subscriber_id"
            + " AND sub.list_id IN (SELECT sl.list_id FROM send_list sl WHERE sl.send_id = d.send_id)"
            + " AND " + MAILABLE_CONDITION + ")";

    private static String recipientsOf(String listCondition) {
        return "SELECT s.id AS subscriber_id, s.email, s.name, MIN(sub.list_id) AS list_id, s.attributes"
                + " FROM subscription sub"
                + " JOIN subscriber s ON s.id = sub.subscriber_id"
                + " WHERE " + listCondition + " AND " + MAILABLE_CONDITION
                + " GROUP BY s.id, s.email, s.name, s.attributes";
    }

    private final EntityManager em;

    public MailableRecipients(EntityManager em) {
        this.em = em;
    }

    public long countForNewsletter(long newsletterId) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM (" + NEWSLETTER_RECIPIENTS_SQL + ") r")
                .setParameter(1, newsletterId)
                .getSingleResult();
        return count.longValue();
    }

    /** How many people the given lists would mail now, each person once however many of the lists they are on. */
    public long countForLists(Set<Long> lists) {
        if (lists.isEmpty()) {
            return 0;
        }
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM (" + recipientsOf("sub.list_id IN (?1)") + ") r")
                .setParameter(1, lists)
                .getSingleResult();
        return count.longValue();
    }

    /** Whether this subscriber may be mailed as a member of this list right now. */
    public boolean isMailable(long subscriberId, long listId) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM subscription sub"
                        + " JOIN subscriber s ON s.id = sub.subscriber_id"
                        + " WHERE sub.subscriber_id = ?1 AND sub.list_id = ?2 AND " + MAILABLE_CONDITION)
                .setParameter(1, subscriberId)
                .setParameter(2, listId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** Whether an address must not be mailed at all: suppressed, or its subscriber is blocklisted. */
    public boolean isAddressBlocked(String email) {
        String normalised = EmailAddresses.normalise(email).orElse(email);
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM suppression x WHERE x.email = ?1"
                        + " OR EXISTS (SELECT 1 FROM subscriber s WHERE s.email = ?1 AND s.status = 'BLOCKLISTED')")
                .setParameter(1, normalised)
                .getSingleResult();
        return count.longValue() > 0;
    }
}
