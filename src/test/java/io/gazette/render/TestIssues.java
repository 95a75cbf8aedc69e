package io.gazette.render;

import io.gazette.issue.IssueRequest;
import io.gazette.issue.IssueService;
import io.gazette.issue.ItemRequest;
import io.gazette.newsletter.NewsletterRequest;
import io.gazette.newsletter.NewsletterService;
import io.gazette.support.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates newsletters with a chosen theme, and issues whose items have long words and lists, through the services
 * (the API's own code path below the HTTP layer), for the preview, archive and browser tests.
 */
@ApplicationScoped
public class TestIssues {

    private final NewsletterService newsletters;
    private final IssueService issues;

    TestIssues(NewsletterService newsletters, IssueService issues) {
        this.newsletters = newsletters;
        this.issues = issues;
    }

    public record Created(long newsletterId, String slug) {
    }

    public Created newsletter(String name, String theme) {
        String slug = Fixtures.uniqueSlug("nl");
        long id = newsletters.create(new NewsletterRequest(slug, name, "A tagline", "Test Weekly", "news@example.org",
                "editors@example.org", "1 Test Street, Testville", "Europe/Lisbon", DayOfWeek.THURSDAY,
                LocalTime.of(8, 0), theme, null)).id();
        return new Created(id, slug);
    }

    public long issue(long newsletterId, String title, int itemCount) {
        List<ItemRequest> items = new ArrayList<>();
        for (int n = 1; n <= itemCount; n++) {
            items.add(new ItemRequest("Headline " + n, "Body of **headline " + n + "**, with a [link](https://example.org/"
                    + n + ") and a long bare address that a phone must wrap: https://example.org/a/really/long/path/"
                    + "that/would/overflow/a/narrow/screen/unless/it/wraps/" + n + "\n\n- a list item\n- another",
                    "https://example.org/source/" + n, "Source " + n, "Tag " + n, null, null, null));
        }
        return issues.create(newsletterId, new IssueRequest(title, null, null, "Hello, readers.", "See you next week.",
                "Tell a friend", "https://example.org/subscribe", items, null)).id();
    }
}
