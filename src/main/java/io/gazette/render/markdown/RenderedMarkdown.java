package io.gazette.render.markdown;

/** One Markdown field rendered both ways: sanitised HTML (without theme styles) and plain text (not yet wrapped). */
public record RenderedMarkdown(String html, String text) {

    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", "");

    public boolean isEmpty() {
        return html.isEmpty() && text.isEmpty();
    }
}
