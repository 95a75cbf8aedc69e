package io.gazette.render;

import io.gazette.render.markdown.MarkdownRenderer;
import io.gazette.render.markdown.RenderedMarkdown;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Markdown becomes the HTML and the text an editor would expect, from the same parse. */
class MarkdownRenderingTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersFormattingListsQuotesAndLinks() {
        RenderedMarkdown out = markdown.render("""
                A **bold** move and *emphasis*, see [the post](https://example.org/post) or https://auto.example/x.

                - first
                - second

                1. one
                2. two

                > quoted words
                """);
        assertEquals("<p>A <strong>bold</strong> move and <em>emphasis</em>, see <a href=\"https://example.org/post\">the post</a>"
                + " or <a href=\"https://auto.example/x\">https://auto.example/x</a>.</p>\n<ul><li>first</li><li>second</li></ul>\n"
                + "<ol><li>one</li><li>two</li></ol>\n<blockquote>\n<p>quoted words</p>\n</blockquote>", out.html());
        assertEquals("""
                A bold move and emphasis, see the post (https://example.org/post) or https://auto.example/x.

                - first
                - second

                1. one
                2. two

                > quoted words""", out.text());
    }

    @Test
    void keepsOnlyWebAndMailtoLinks() {
        RenderedMarkdown out = markdown.render("[a](javascript:alert(1)) [b](data:text/html,x) [c](ftp://x.example/f) [d](mailto:a@example.org)");
        assertEquals("<p>a b c <a href=\"mailto:a&#64;example.org\">d</a></p>", out.html());
        assertEquals("a b c d (a@example.org)", out.text());
    }

    @Test
    void emptyFieldsRenderToNothing() {
        assertSame(RenderedMarkdown.EMPTY, markdown.render(null));
        assertSame(RenderedMarkdown.EMPTY, markdown.render("  \n "));
    }
}
