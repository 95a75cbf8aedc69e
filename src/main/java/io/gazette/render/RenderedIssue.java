package io.gazette.render;

import io.gazette.render.mime.IssueHeaders;
import io.gazette.render.mime.SharedLines;
import io.gazette.render.theme.Theme;

import java.util.Map;

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
    private final SharedLines htmlLines;
    private final SharedLines textLines;

    /** Renders two differently personalised probes: what they share is encoded once, for every recipient. */
    RenderedIssue(Theme theme, NewsletterModel newsletter, IssueModel issue, IssueHeaders headers) {
        this.theme = theme;
        this.newsletter = newsletter;
        this.issue = issue;
        this.headers = headers;
        PersonalisedContent first = personalise(Probe.FIRST.recipient(), Probe.FIRST.links());
        PersonalisedContent second = personalise(Probe.SECOND.recipient(), Probe.SECOND.links());
        this.htmlLines = SharedLines.between(first.html(), second.html());
        this.textLines = SharedLines.between(first.text(), second.text());
    }

    private enum Probe {
        FIRST, SECOND;

        Recipient recipient() {
            return new Recipient(-1 - ordinal(), -1, "probe" + ordinal() + "@invalid", "Probe " + ordinal(), Map.of());
        }

        LinksModel links() {
            return new LinksModel("https://invalid/u" + ordinal(), "https://invalid/p" + ordinal(), "https://invalid/w");
        }
    }

    public PersonalisedContent personalise(Recipient recipient, LinksModel links) {
        MessageModel model = new MessageModel(newsletter, issue, ReaderModel.of(recipient), links);
        String html = theme.html().render(model);
        String text = TextWrapper.wrap(theme.text().render(model), TEXT_WIDTH);
        return new PersonalisedContent(html, text);
    }

    /** The personalised bodies, quoted-printable encoded for the MIME parts. */
    public byte[] encodedHtml(PersonalisedContent content) {
        return htmlLines.encode(content.html());
    }

    public byte[] encodedText(PersonalisedContent content) {
        return textLines.encode(content.text());
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
