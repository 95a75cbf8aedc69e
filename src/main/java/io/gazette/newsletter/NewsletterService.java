package io.gazette.newsletter;

import io.gazette.shared.access.Scope;
import io.gazette.issue.Issue;
import io.gazette.issue.IssueStatus;
import io.gazette.shared.http.Preconditions;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

@ApplicationScoped
@Transactional
public class NewsletterService {

    private final Clock clock;
    private final NewsletterConfig config;
    private final ThemeCheck themeCheck;
    private final NewsletterAccess access;

    public NewsletterService(Clock clock, NewsletterConfig config, ThemeCheck themeCheck, NewsletterAccess access) {
        this.access = access;
        this.clock = clock;
        this.config = config;
        this.themeCheck = themeCheck;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NewsletterView> list() {
        Scope scope = access.scope();
        return Newsletter.<Newsletter>listAll(Sort.by("name")).stream()
                .filter(newsletter -> scope.includes(newsletter.id))
                .map(NewsletterView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NewsletterView view(long id) {
        return NewsletterView.of(get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Newsletter get(long id) {
        access.require(id, "Newsletter", id);
        return Newsletter.<Newsletter>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Newsletter", id));
    }

    /** Loads the newsletter with a row lock, serialising issue numbering and deletes. */
    public Newsletter lock(long id) {
        access.require(id, "Newsletter", id);
        return Newsletter.<Newsletter>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Newsletter", id));
    }

    public NewsletterView create(NewsletterRequest request) {
        requireFreeSlug(request.slug(), null);
        Newsletter newsletter = new Newsletter();
        newsletter.createdAt = clock.instant();
        newsletter.lastIssueNumber = 0;
        apply(request, newsletter);
        newsletter.persistAndFlush();
        return NewsletterView.of(newsletter);
    }

    public NewsletterView update(long id, NewsletterRequest request, String ifMatch) {
        Newsletter newsletter = lock(id);
        Preconditions.check(ifMatch, request.version(), newsletter.version);
        requireFreeSlug(request.slug(), newsletter.id);
        apply(request, newsletter);
        newsletter.flush();
        return NewsletterView.of(newsletter);
    }

    /** Deletes a newsletter with its unsent issues; one that has mailed anyone keeps its history. */
    public void delete(long id) {
        Newsletter newsletter = lock(id);
        long mailed = Issue.count("newsletter.id = ?1 and status in ?2", id, List.of(IssueStatus.SENDING, IssueStatus.SENT));
        if (mailed > 0) {
            throw ProblemException.conflict("Newsletter " + id + " has " + mailed
                    + " sent or sending issue(s); those are kept for the archive, so it cannot be deleted");
        }
        newsletter.delete();
    }

    private void requireFreeSlug(String slug, Long self) {
        Newsletter.findBySlug(slug).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw new ProblemException(409, "slug-taken", "Slug taken", "slug: '" + slug + "' is used by another newsletter",
                    List.of(new io.gazette.shared.problem.Problem.FieldError("slug", "is already used by another newsletter")));
        });
    }

    private void apply(NewsletterRequest request, Newsletter newsletter) {
        newsletter.slug = request.slug();
        newsletter.name = request.name().strip();
        newsletter.tagline = blankToNull(request.tagline());
        newsletter.senderName = request.senderName().strip();
        newsletter.senderAddress = request.senderAddress().strip();
        newsletter.replyTo = blankToNull(request.replyTo());
        newsletter.postalAddress = blankToNull(request.postalAddress());
        newsletter.timeZone = request.timeZone() == null ? config.defaultTimeZone() : request.timeZone();
        newsletter.sendDay = request.sendDay();
        newsletter.sendTime = request.sendTime();
        newsletter.theme = request.theme() == null ? config.defaultTheme() : request.theme();
        themeCheck.requireUsable(newsletter.theme);
        newsletter.updatedAt = clock.instant();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
