package io.gazette.render;

import io.gazette.render.mime.IssueHeaders;
import io.gazette.render.theme.Theme;

/**
 * An issue rendered once for a send: compiled theme, content already turned into HTML and text, header values
 * already encoded. Personalising it for a recipient only fills the templates; it is immutable and thread-safe.
 */
public final class RenderedIssue {

    /** Plain-text lines are wrapped at this width (RFC 3676 recommends at most 78). */
    public static final int TEXT_WIDTH = 76;

    private final Theme theme;
    private final NewsletterModel newsletter;
    private final IssueModel issue;
    private final IssueHeaders headers;

    RenderedIssue(Theme theme, NewsletterModel newsletter, IssueModel issue, IssueHeaders headers) {
        this.theme = theme;
        this.newsletter = newsletter;
        this.issue = issue;
        this.headers = headers;
    }

    public PersonalisedContent personalise(Recipient recipient, LinksModel links) {
        MessageModel model = new MessageModel(newsletter, issue, ReaderModel.of(recipient), links);
        String html = theme.html().render(model);
        String text = TextWrapper.wrap(theme.text().render(model), TEXT_WIDTH);
        return new PersonalisedContent(html, text);
    }

    public IssueModel issue() {
        return issue;
    }

    public NewsletterModel newsletter() {
        return newsletter;
    }

    public IssueHeaders headers() {
        return headers;
    }

    public Theme theme() {
        return theme;
    }
}
