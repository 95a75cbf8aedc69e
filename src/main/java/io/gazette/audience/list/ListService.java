package io.gazette.audience.list;

import io.gazette.audience.AudienceAccess;
import io.gazette.audience.MailingList;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.newsletter.Newsletter;
import io.gazette.shared.access.Scope;
import io.gazette.shared.http.Preconditions;
import io.gazette.shared.problem.Problem;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.PublicUrlConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
@Transactional
public class ListService {

    private final EntityManager em;
    private final Clock clock;
    private final PublicUrlConfig publicUrl;
    private final AudienceAccess access;

    public ListService(EntityManager em, Clock clock, PublicUrlConfig publicUrl, AudienceAccess access) {
        this.em = em;
        this.access = access;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The lists the person acting may see, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ListView> list() {
        Scope reach = access.lists();
        return reach.isNothing() ? List.of() : everyList().stream().filter(list -> reach.includes(list.id())).toList();
    }

    /** Every list, whoever asks: for figures that are cached across people and narrowed afterwards. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<ListView> everyList() {
        Map<Long, MemberCounts> counts = countMembers(null);
        return MailingList.<MailingList>listAll(Sort.by("name")).stream()
                .map(list -> view(list, counts.getOrDefault(list.id, MemberCounts.NONE)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ListView view(long id) {
        return view(get(id), countMembers(id).getOrDefault(id, MemberCounts.NONE));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MailingList get(long id) {
        access.requireList(id);
        return MailingList.<MailingList>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("List", id));
    }

    /** The URL of the hosted subscribe form of a list. */
    public String subscribeUrl(String slug) {
        return publicUrl.url() + "/subscribe/" + slug;
    }

    /** The form to paste into another site; it posts to the list's hosted subscribe endpoint. Public lists only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String embedSnippet(long id) {
        ListView list = view(id);
        if (list.subscribeUrl() == null) {
            throw ProblemException.conflict("List " + id + " is private; only public lists have a subscribe form");
        }
        return EmbedSnippet.snippet(list.subscribeUrl(), list.name()).render();
    }

    public ListView create(ListRequest request) {
        requireFreeSlug(request.slug(), null);
        MailingList list = new MailingList();
        list.createdAt = clock.instant();
        apply(request, list);
        list.persistAndFlush();
        return view(list, MemberCounts.NONE);
    }

    public ListView update(long id, ListRequest request, String ifMatch) {
        MailingList list = MailingList.<MailingList>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("List", id));
        Preconditions.check(ifMatch, request.version(), list.version);
        requireFreeSlug(request.slug(), list.id);
        apply(request, list);
        list.flush();
        return view(list.id);
    }

    /** Deletes a list with its subscriptions; the subscribers themselves stay. */
    public void delete(long id) {
        get(id).delete();
    }

    private ListView view(MailingList list, MemberCounts counts) {
        return ListView.of(list, counts, subscribeUrl(list.slug));
    }

    private Map<Long, MemberCounts> countMembers(Long listId) {
        String where = listId == null ? "" : " WHERE list_id = ?1";
        var query = em.createNativeQuery("SELECT list_id, status, COUNT(*) FROM subscription" + where
                + " GROUP BY list_id, status");
        if (listId != null) {
            query.setParameter(1, listId);
        }
        Map<Long, long[]> raw = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            long[] byStatus = raw.computeIfAbsent(((Number) cells[0]).longValue(), k -> new long[3]);
            byStatus[SubscriptionStatus.valueOf((String) cells[1]).ordinal()] = ((Number) cells[2]).longValue();
        }
        Map<Long, MemberCounts> counts = new HashMap<>();
        raw.forEach((id, c) -> counts.put(id, new MemberCounts(c[0], c[1], c[2])));
        return counts;
    }

    private void requireFreeSlug(String slug, Long self) {
        MailingList.findBySlug(slug).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw new ProblemException(409, "slug-taken", "Slug taken", "slug: '" + slug + "' is used by another list",
                    List.of(new Problem.FieldError("slug", "is already used by another list")));
        });
    }

    private void apply(ListRequest request, MailingList list) {
        Set<Long> newsletters = request.newsletterIds() == null ? Set.of() : request.newsletterIds();
        if (!newsletters.isEmpty() && Newsletter.count("id in ?1", newsletters) != newsletters.size()) {
            throw ProblemException.invalid("newsletterIds", "names a newsletter that does not exist");
        }
        list.slug = request.slug();
        list.name = request.name().strip();
        list.description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        list.visibility = request.visibility();
        list.optIn = request.optIn();
        list.newsletterIds.clear();
        list.newsletterIds.addAll(newsletters);
        list.updatedAt = clock.instant();
    }
}
