package io.gazette.render;

import io.gazette.render.markdown.MarkdownRenderer;
import io.gazette.render.model.IssueContent;
import io.gazette.render.model.ItemContent;
import io.gazette.render.model.NewsletterContent;
import io.gazette.render.theme.ThemeLibrary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile input in every field an editor or a subscriber controls comes out escaped or removed, never active. */
class XssTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final String CTA_URL = "https://example.org/cta?a=1&b='quoted'";
    private static final String BODY = """
            Intro <script>alert('body')</script> text <img src="x" onerror="alert(2)"> and <iframe src="https://evil.example"></iframe>
            <form action="https://evil.example"><input name="q"></form> <style>body { display: none }</style>
            <a href="javascript:alert(3)">js link</a> <a href="https://ok.example" onclick="alert(4)">ok link</a>
            <svg onload="alert(5)"></svg> <b onmouseover="alert(6)">bold</b>

            [md js](javascript:alert(7)) [md data](data:text/html;base64,PHNjcmlwdD4=) ![img](data:image/png;base64,AAAA)
            [mail](mailto:editors@example.org) <a href="vbscript:msgbox(1)">vb</a>
            """;

    private final RenderKit kit = new RenderKit();

    @Test
    void editorFieldsAreEscapedOrRemovedInHtml() {
        PersonalisedContent content = kit.composer.personalise(kit.render(hostileIssue()), hostileReader());
        Document html = Jsoup.parse(content.html());
        assertNoActiveContent(html);
        assertFalse(content.html().toLowerCase(Locale.ROOT).contains("<script"), "no script tag survives");
        String text = html.text();
        for (String shownAsText : List.of("Headline " + SCRIPT, "Title " + BREAKOUT, "Source " + SCRIPT, "Tag " + BREAKOUT,
                "Name " + SCRIPT, "Tagline " + SCRIPT, "Postal " + SCRIPT, "Label " + BREAKOUT, "Hi Reader " + SCRIPT)) {
            assertTrue(text.contains(shownAsText), "shown as text, escaped: " + shownAsText);
        }
        assertTrue(text.contains("js link") && text.contains("ok link") && text.contains("bold"), "harmless text stays");
        assertFalse(html.select("a[href=mailto:editors@example.org]").isEmpty(), "mailto links stay");
        assertFalse(html.select("a[href=https://ok.example]").isEmpty(), "https links stay");
        assertEquals(1, html.select("a").stream().filter(a -> a.attr("href").equals(CTA_URL)).count(),
                "quotes and ampersands in a URL are escaped inside its attribute");
    }

    @Test
    void rawHtmlFromMarkdownIsRemovedFromText() {
        String text = kit.composer.personalise(kit.render(hostileIssue()), hostileReader()).text();
        for (String removed : List.of("alert('body')", "alert(3)", "javascript:", "data:", "vbscript:", "display: none")) {
            assertFalse(text.contains(removed), "text part leaks " + removed);
        }
        assertTrue(text.contains("ok link (https://ok.example)"));
        assertTrue(text.contains("mail (editors@example.org)"));
    }

    @Test
    void subscriberAttributesAreEscapedWhereAThemeShowsThem() {
        ThemeLibrary themes = new ThemeLibrary(Path.of("src/test/resources/themes"), theme -> SampleIssue.trial(kit.renderer, theme));
        RenderedIssue rendered = new IssueRenderer(new MarkdownRenderer(), RenderKit.BASE_URL)
                .render(RenderKit.issue(1), themes.check("attributes"));
        Recipient reader = new Recipient(1, 2, "reader@example.org", "Reader " + SCRIPT, Map.of("company", BREAKOUT));
        PersonalisedContent content = kit.composer.personalise(rendered, reader);
        Document html = Jsoup.parse(content.html());
        assertNoActiveContent(html);
        Element greeting = html.selectFirst("p");
        assertEquals(BREAKOUT, greeting.attr("title"), "attribute value stays inside its attribute");
        assertEquals("Hi Reader " + SCRIPT + " from " + BREAKOUT, greeting.text());
        assertEquals("Hi Reader " + SCRIPT + " from " + BREAKOUT + "\n", content.text(), "text is plain, not escaped");
    }

    private static void assertNoActiveContent(Document html) {
        assertTrue(html.select("script, iframe, form, input, object, embed, svg, frame, base, meta[http-equiv=refresh]").isEmpty(),
                "no active elements: " + html.select("script, iframe, form, input, object, embed, svg"));
        assertTrue(html.select("style").size() <= 1 && html.select("body style").isEmpty(), "only the theme's own style block");
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "event handler on " + element.tagName());
                if (List.of("href", "src", "action", "formaction", "background").contains(attribute.getKey())) {
                    String url = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertTrue(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:"),
                            attribute.getKey() + "=" + attribute.getValue() + " on " + element.tagName());
                }
            }
        }
    }

    private static Recipient hostileReader() {
        return new Recipient(7, 3, "reader@example.org", "Reader " + SCRIPT, Map.of("company", BREAKOUT));
    }

    private static IssueContent hostileIssue() {
        NewsletterContent newsletter = new NewsletterContent("hostile", "Name " + SCRIPT, "Tagline " + SCRIPT,
                "Sender " + BREAKOUT, "news@example.org", null, "Postal " + SCRIPT, ZoneId.of("UTC"), "default");
        List<ItemContent> items = List.of(
                new ItemContent(1, "Headline " + SCRIPT, BODY, "https://example.org/a", "Source " + SCRIPT, "Tag " + BREAKOUT,
                        "https://example.org/a.png\" onerror=\"alert(8)"),
                new ItemContent(2, "Second " + BREAKOUT, BODY, "javascript:alert(9)", "Evil source", "Tag",
                        "data:image/png;base64,AAAA"));
        return new IssueContent(newsletter, 1, 1, "Title " + BREAKOUT, "Subject " + SCRIPT, "Preheader " + SCRIPT,
                BODY, BODY, "Label " + BREAKOUT, CTA_URL, RenderKit.NOW, items);
    }
}
