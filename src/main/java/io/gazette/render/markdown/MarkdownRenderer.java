package io.gazette.render.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Turns an editor's Markdown into sanitised HTML and into plain text, from one parse. Raw HTML in the Markdown is
 * kept only as far as {@link ContentPolicy} allows. Thread-safe; meant to run once per field per send.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    public RenderedMarkdown render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return RenderedMarkdown.EMPTY;
        }
        Node document = parser.parse(markdown);
        String safeHtml = ContentPolicy.POLICY.sanitize(html.render(document)).strip();
        return new RenderedMarkdown(safeHtml, PlainTextRenderer.render(document));
    }
}
