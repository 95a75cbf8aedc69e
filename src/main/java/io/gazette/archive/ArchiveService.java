package io.gazette.archive;

import io.gazette.issue.Issue;
import io.gazette.issue.IssueStatus;
import io.gazette.newsletter.Newsletter;
import io.gazette.render.IssueContents;
import io.gazette.render.IssueModel;
import io.gazette.render.IssueRenderer;
import io.gazette.render.NewsletterModel;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The public archive: sent issues only, without any subscriber's personal links. Anything not sent (drafts,
 * scheduled, cancelled, or still sending) does not exist here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArchiveService {

    /** The feed carries the latest issues only; the index lists them all. */
    static final int FEED_SIZE = 20;

    private final IssueRenderer renderer;
    private final Clock clock;

    ArchiveService(IssueRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    public record IssuePage(NewsletterModel newsletter, IssueModel issue) {
    }

    public record Listing(NewsletterModel newsletter, Instant updated, List<ArchiveEntry> entries) {
    }

    public Listing index(String slug) {
        return listing(slug, Integer.MAX_VALUE, model -> "");
    }

    /** The latest sent issues with their articles rendered by {@code article}. */
    public Listing feed(String slug, Function<IssueModel, String> article) {
        return listing(slug, FEED_SIZE, article);
    }

    public IssuePage page(String slug, int number) {
        Newsletter newsletter = newsletter(slug);
        Issue issue = Issue.<Issue>find("newsletter.id = ?1 and number = ?2 and status = ?3", newsletter.id, number,
                IssueStatus.SENT).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Sent issue", slug + " #" + number));
        return new IssuePage(renderer.newsletterModel(IssueContents.newsletter(newsletter)), model(issue));
    }

    private Listing listing(String slug, int limit, Function<IssueModel, String> article) {
        Newsletter newsletter = newsletter(slug);
        List<Issue> sent = Issue.<Issue>find("newsletter.id = ?1 and status = ?2", Sort.descending("number"),
                newsletter.id, IssueStatus.SENT).page(Page.ofSize(limit)).list();
        List<ArchiveEntry> entries = sent.stream().map(issue -> entry(issue, article)).toList();
        Instant updated = sent.isEmpty() ? newsletter.updatedAt : sent.get(0).sentAt;
        return new Listing(renderer.newsletterModel(IssueContents.newsletter(newsletter)), updated, entries);
    }

    private ArchiveEntry entry(Issue issue, Function<IssueModel, String> article) {
        IssueModel model = model(issue);
        return new ArchiveEntry(issue.number, issue.title, model.date(), DateTimeFormatter.ISO_INSTANT.format(issue.sentAt),
                model.preheader(), model.webUrl(), XmlText.clean(article.apply(model)));
    }

    private IssueModel model(Issue issue) {
        return renderer.webModel(IssueContents.of(issue, clock.instant()));
    }

    private static Newsletter newsletter(String slug) {
        return Newsletter.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Newsletter", slug));
    }
}
