package io.gazette.render;

import io.gazette.render.markdown.MarkdownRenderer;
import io.gazette.render.markdown.RenderedMarkdown;
import io.gazette.render.markdown.SafeUrls;
import io.gazette.render.mime.IssueHeaders;
import io.gazette.render.model.IssueContent;
import io.gazette.render.model.ItemContent;
import io.gazette.render.model.NewsletterContent;
import io.gazette.render.theme.ContentStyles;
import io.gazette.render.theme.Theme;
import io.quarkus.qute.RawString;

import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Does the per-issue half of rendering, once per send: Markdown to sanitised HTML and text, theme styles inlined,
 * links checked, dates formatted, header values validated and encoded. What is left per recipient is filling in a
 * compiled template (see {@link RenderedIssue}).
 */
public final class IssueRenderer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final int PREHEADER_LENGTH = 140;
    private static final ContentStyles UNSTYLED = new ContentStyles(Map.of());

    private final MarkdownRenderer markdown;
    private final String publicUrl;

    public IssueRenderer(MarkdownRenderer markdown, String publicUrl) {
        this.markdown = markdown;
        this.publicUrl = publicUrl;
    }

    public RenderedIssue render(IssueContent content, Theme theme) {
        return new RenderedIssue(theme, newsletterModel(content.newsletter()), model(content, theme.styles()),
                IssueHeaders.of(content));
    }

    /** The issue as a web page shows it: the same content, without the theme's inline styles. */
    public IssueModel webModel(IssueContent content) {
        return model(content, UNSTYLED);
    }

    public NewsletterModel newsletterModel(NewsletterContent n) {
        return new NewsletterModel(n.name(), n.tagline(), n.slug(), n.senderName(), n.senderAddress(), n.replyTo(),
                n.postalAddress(), WebLinks.archiveIndex(publicUrl, n.slug()));
    }

    private IssueModel model(IssueContent c, ContentStyles styles) {
        ZonedDateTime date = c.date().atZone(c.newsletter().zone());
        RenderedMarkdown intro = markdown.render(c.intro());
        RenderedMarkdown closing = markdown.render(c.closing());
        List<ItemModel> items = c.items().stream().map(item -> item(item, styles)).toList();
        String ctaUrl = SafeUrls.web(c.ctaUrl());
        return new IssueModel(c.issueId(), c.number(), c.title(), c.effectiveSubject(), preheader(c, intro),
                LONG_DATE.format(date), DateTimeFormatter.ISO_LOCAL_DATE.format(date),
                new RawString(styles.apply(intro.html())), wrap(intro.text()),
                new RawString(styles.apply(closing.html())), wrap(closing.text()),
                ctaUrl == null ? null : blankToNull(c.ctaLabel()), ctaUrl, items,
                WebLinks.archiveIssue(publicUrl, c.newsletter().slug(), c.number()));
    }

    private ItemModel item(ItemContent item, ContentStyles styles) {
        RenderedMarkdown body = markdown.render(item.body());
        String sourceUrl = SafeUrls.web(item.sourceUrl());
        String source = sourceUrl == null ? null : item.sourceName() == null || item.sourceName().isBlank()
                ? URI.create(sourceUrl).getHost() : item.sourceName();
        return new ItemModel(item.number(), item.headline(), new RawString(styles.apply(body.html())), wrap(body.text()),
                sourceUrl, source, blankToNull(item.tag()), SafeUrls.web(item.imageUrl()));
    }

    /** Wrapped once here, so wrapping the personalised text (a safety net for the template's own lines) is a scan. */
    private static String wrap(String text) {
        return TextWrapper.wrap(text, RenderedIssue.TEXT_WIDTH);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The editor's preheader, else the start of the intro, else the title: inboxes show something either way. */
    private static String preheader(IssueContent c, RenderedMarkdown intro) {
        if (c.preheader() != null && !c.preheader().isBlank()) {
            return c.preheader();
        }
        String text = intro.text().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return c.title();
        }
        return text.length() <= PREHEADER_LENGTH ? text : text.substring(0, PREHEADER_LENGTH).strip() + "…";
    }
}
