package io.gazette.render;

import io.gazette.render.markdown.MarkdownRenderer;
import io.gazette.render.model.IssueContent;
import io.gazette.render.model.ItemContent;
import io.gazette.render.model.NewsletterContent;
import io.gazette.render.theme.ThemeLibrary;
import io.gazette.security.SignedTokens;
import io.gazette.shared.web.SubscriberLinks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The renderer assembled by hand, as the application's producers assemble it, around a fixed clock and key: used by
 * the golden, safety and MIME tests and by the benchmark, none of which needs a server or a database.
 */
public final class RenderKit {

    public static final Instant NOW = Instant.parse("2026-03-12T08:00:00Z");
    public static final String BASE_URL = "https://news.example.org";
    public static final String SECRET = "render-kit-secret-render-kit-secret-0123";

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final SubscriberLinks links = new SubscriberLinks(new SignedTokens(() -> SECRET, clock), () -> BASE_URL);
    public final IssueRenderer renderer = new IssueRenderer(new MarkdownRenderer(), BASE_URL);
    public final ThemeLibrary themes = new ThemeLibrary(Path.of("templates"), theme -> SampleIssue.trial(renderer, theme));
    public final MessageComposer composer = new MessageComposer(clock, links, "unsubscribe");

    public RenderedIssue render(IssueContent issue) {
        return renderer.render(issue, themes.check(issue.newsletter().theme()));
    }

    public static NewsletterContent newsletter() {
        return new NewsletterContent("tidewater-weekly", "Tidewater Tech Weekly",
                "The week in the Tidewater tech scene", "Tidewater Tech Weekly", "digest@tidewater.example",
                "editors@tidewater.example", "Tidewater Tech Weekly, 12 Quay Street, Port Alder",
                ZoneId.of("Europe/Lisbon"), "default");
    }

    /** A realistic issue of {@code count} items, each with two paragraphs, a source and a tag. */
    public static IssueContent issue(int count) {
        List<ItemContent> items = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            items.add(new ItemContent(n, "Headline number " + n + ": the harbour gets a chip line",
                    "Alder Semiconductor switched on its **advanced packaging** line in the former grain warehouse "
                            + "on Pier " + n + ". The line bonds chiplets for industrial sensors and will employ around "
                            + "140 people once it runs two shifts.\n\nThe company says [local suppliers]"
                            + "(https://suppliers.tidewater.example/list) already make a third of the fixtures it needs.",
                    "https://news.tidewater.example/story-" + n, n % 3 == 0 ? null : "Port Alder Gazette",
                    n % 4 == 0 ? null : "Hardware", null));
        }
        return new IssueContent(newsletter(), 42, 12, "Harbour chips, open data and a quiet funding week",
                "Tidewater Tech Weekly #12: harbour chips and open data", "A chip line on the harbour and open transit data.",
                "Good morning! This week the harbour district got its first chip packaging line and the city opened "
                        + "its transit data. About six minutes of reading.",
                "That's all for this week. Tell us what we missed: just reply to this email.",
                "Forward this to a colleague", "https://tidewater.example/subscribe", NOW, items);
    }

    public static Recipient reader() {
        return new Recipient(7, 3, "ada@example.org", "Ada Lovelace", Map.of("company", "Analytical Engines Ltd"));
    }
}
