package io.gazette.audience.subscriber;

import io.gazette.audience.AudienceConfig;
import io.gazette.shared.paging.KeysetPage;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way in for bulk actions, from the API and the pages alike. Subscribers named by id or address go to
 * {@link BulkService} in one transaction. A search ({@link BulkRequest#match()}) may find a million people, so it is
 * walked in keyset pages of the bulk size, each page its own transaction: a long walk holds no locks, and a failure
 * part-way leaves the pages already done done (the result says how far it got only by its counts).
 */
@ApplicationScoped
public class BulkActions {

    private final BulkService bulk;
    private final SubscriberSearch search;
    private final AudienceConfig config;

    public BulkActions(BulkService bulk, SubscriberSearch search, AudienceConfig config) {
        this.bulk = bulk;
        this.search = search;
        this.config = config;
    }

    public BulkResult apply(BulkRequest request) {
        if (request.match() == null) {
            return bulk.apply(request);
        }
        if (!isEmpty(request.ids()) || !isEmpty(request.emails())) {
            throw ProblemException.invalid("match", "name subscribers by ids and emails, or by a search, not both");
        }
        SubscriberFilter filter = request.match().checked();
        int matched = 0;
        int changed = 0;
        List<String> suppressed = new ArrayList<>();
        long after = 0;
        do {
            KeysetPage<SubscriberSummary> page = search.search(filter, after, config.bulkMaxItems());
            if (page.items().isEmpty()) {
                break;
            }
            List<Long> ids = page.items().stream().map(SubscriberSummary::id).toList();
            BulkResult done = bulk.apply(new BulkRequest(request.action(), ids, null, null, request.lists(), request.status()));
            matched += done.matched();
            changed += done.changed();
            suppressed.addAll(done.suppressed());
            after = page.next() == null ? -1 : Long.parseLong(page.next());
        } while (after >= 0);
        return new BulkResult(request.action(), matched, changed, List.of(), List.of(), suppressed);
    }

    private static boolean isEmpty(List<?> values) {
        return values == null || values.isEmpty();
    }
}
