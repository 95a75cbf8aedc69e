package io.gazette.audience.subscriber;

import io.gazette.audience.AudienceAccess;
import io.gazette.audience.Subscriber;
import io.gazette.shared.access.Scope;
import io.gazette.shared.paging.KeysetPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.List;

/** Keyset-paged subscriber search; see {@link SubscriberFilter} for how each page finds its place in an index. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubscriberSearch {

    private final EntityManager em;
    private final AudienceAccess access;

    public SubscriberSearch(EntityManager em, AudienceAccess access) {
        this.em = em;
        this.access = access;
    }

    /** The subscribers the filter matches among those the person asking may see (see {@link AudienceAccess}). */
    public KeysetPage<SubscriberSummary> search(SubscriberFilter filter, long after, int limit) {
        Scope reach = access.lists();
        if (filter.list() != null) {
            access.requireList(filter.list());
        }
        if (reach.isNothing()) {
            return KeysetPage.of(List.of(), limit, SubscriberSummary::id);
        }
        SubscriberFilter.Sql sql = filter.page("s.*", after, limit + 1, reach);
        Query query = em.createNativeQuery(sql.text(), Subscriber.class);
        for (int i = 0; i < sql.params().size(); i++) {
            query.setParameter(i + 1, sql.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Subscriber> rows = query.getResultList();
        return KeysetPage.of(rows.stream().map(SubscriberSummary::of).toList(), limit, SubscriberSummary::id);
    }
}
