package io.gazette.render;

import io.gazette.render.model.IssueContent;
import io.gazette.render.model.ItemContent;
import io.gazette.render.model.NewsletterContent;
import io.gazette.render.theme.Theme;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A small issue that uses every field a theme can show, rendered with each freshly compiled theme: a theme that
 * cannot render it is reported as broken before any newsletter is saved with it or any issue is sent with it.
 */
final class SampleIssue {

    static final NewsletterContent NEWSLETTER = new NewsletterContent("sample", "Sample Weekly", "A tagline",
            "Sample Weekly", "news@example.com", "editors@example.com", "1 Sample Street, Sampleton",
            ZoneOffset.UTC, "sample");

    static final IssueContent ISSUE = new IssueContent(NEWSLETTER, 0, 1, "Sample title", "Sample subject",
            "Sample preheader", "Sample *intro*.", "Sample closing.", "Sample call to action", "https://example.com/",
            Instant.EPOCH, List.of(
            new ItemContent(1, "First headline", "Body with a [link](https://example.com/a).\n\n- a list",
                    "https://example.com/source", "Example Source", "Tag", "https://example.com/image.png"),
            new ItemContent(2, "Second headline", "Body.", null, null, null, null)));

    static final Recipient RECIPIENT = new Recipient(0, 0, "reader@example.com", "Sample Reader",
            Map.of("company", "Example Co"));

    static final LinksModel LINKS = new LinksModel("https://example.com/unsubscribe/t", "https://example.com/preferences/t",
            "https://example.com/archive/sample/1");

    private SampleIssue() {
    }

    /** Renders the sample with {@code theme}; Qute's exception (with file and line) escapes when it cannot. */
    static void trial(IssueRenderer renderer, Theme theme) {
        renderer.render(ISSUE, theme).personalise(RECIPIENT, LINKS);
    }
}
