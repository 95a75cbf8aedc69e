package io.gazette.audience.subscriber;

import io.gazette.audience.Subscriber;
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

    public SubscriberSearch(EntityManager em) {
        this.em = em;
    }

    public KeysetPage<SubscriberSummary> search(SubscriberFilter filter, long after, int limit) {
        SubscriberFilter.Sql sql = filter.page("s.*", after, limit + 1);
        Query query = em.createNativeQuery(sql.text(), Subscriber.class);
        for (int i = 0; i < sql.params().size(); i++) {
            query.setParameter(i + 1, sql.params().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Subscriber> rows = query.getResultList();
        return KeysetPage.of(rows.stream().map(SubscriberSummary::of).toList(), limit, SubscriberSummary::id);
    }
}
