package io.gazette.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default theme follows the rules for mail every client shows well, checked on a rendered 10-item issue. */
class DefaultThemeTest {

    /** Elements that need no style of their own: they only mark up text inside a styled parent. */
    private static final Set<String> UNSTYLED = Set.of("body", "br", "strong", "b", "em", "i", "u", "s", "del",
            "sub", "sup", "time", "tbody", "tr");

    private final RenderKit kit = new RenderKit();
    private final Document html = Jsoup.parse(kit.composer.personalise(kit.render(RenderKit.issue(10)), RenderKit.reader()).html());

    @Test
    void everyElementCarriesItsStyleInline() {
        for (Element element : html.body().getAllElements()) {
            if (!UNSTYLED.contains(element.normalName())) {
                assertFalse(element.attr("style").isBlank(), "no inline style on " + element.cssSelector());
            }
        }
        assertTrue(html.select("body style, link[rel=stylesheet]").isEmpty(), "no styling that depends on a <style> block");
    }

    @Test
    void layoutIsPresentationTablesAtMost600PixelsWide() {
        assertFalse(html.select("table").isEmpty());
        for (Element table : html.select("table")) {
            assertEquals("presentation", table.attr("role"), table.cssSelector());
        }
        assertEquals(2, html.select("table[style*=max-width:600px]").stream()
                .filter(t -> t.hasClass("gz-card") || t.text().contains("Manage your subscription")).count());
        assertTrue(html.select("[width]").stream().allMatch(e -> Integer.parseInt(e.attr("width").replace("%", "")) <= 600
                || e.attr("width").endsWith("%")), "no fixed width above 600");
    }

    @Test
    void accessibleAndDarkModeFriendly() {
        assertEquals("en", html.selectFirst("html").attr("lang"));
        assertNotNull(html.selectFirst("meta[name=color-scheme][content=light dark]"));
        assertNotNull(html.selectFirst("meta[name=viewport]"));
        assertTrue(html.select("img").stream().allMatch(img -> img.hasAttr("alt")), "every image has alt text");
        assertTrue(html.selectFirst("head style").data().contains("prefers-color-scheme: dark"));
        Element preheader = html.body().child(0);
        assertTrue(preheader.attr("style").contains("display:none"), "the preheader is hidden");
        assertEquals("A chip line on the harbour and open transit data.", preheader.text());
    }

    @Test
    void showsMastheadItemsClosingCallToActionAndFooter() {
        String text = html.text();
        assertTrue(text.contains("Tidewater Tech Weekly") && text.contains("Issue 12") && text.contains("Thursday 12 March 2026"));
        for (int n = 1; n <= 10; n++) {
            assertTrue(text.contains(n + ". Headline number " + n + ":"), "item " + n);
        }
        assertEquals(7, html.select("a:contains(Read more at Port Alder Gazette)").size(), "named sources");
        assertEquals(3, html.select("a:contains(Read more at news.tidewater.example)").size(), "unnamed sources fall back to the host");
        assertTrue(text.contains("That's all for this week."));
        assertEquals("https://tidewater.example/subscribe", html.selectFirst("a:contains(Forward this to a colleague)").attr("href"));
        assertTrue(text.contains("Tidewater Tech Weekly, 12 Quay Street, Port Alder"));
        assertTrue(text.contains("because ada@example.org subscribed"));
        assertTrue(html.selectFirst("a:contains(Unsubscribe)").attr("href").startsWith(RenderKit.BASE_URL + "/unsubscribe/"));
        assertTrue(html.selectFirst("a:contains(Manage your subscription)").attr("href").startsWith(RenderKit.BASE_URL + "/preferences/"));
        assertEquals(RenderKit.BASE_URL + "/archive/tidewater-weekly", html.selectFirst("a:contains(Past issues)").attr("href"));
        assertEquals(RenderKit.BASE_URL + "/archive/tidewater-weekly/12", html.selectFirst("a:contains(in your browser)").attr("href"));
    }

    @Test
    void textPartIsNumberedWrappedAndWritesUrlsOut() {
        String text = kit.composer.personalise(kit.render(RenderKit.issue(10)), RenderKit.reader()).text();
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= RenderedIssue.TEXT_WIDTH || !line.strip().contains(" "), "too long: " + line);
        }
        for (int n = 1; n <= 10; n++) {
            assertTrue(text.contains("\n" + n + ". Headline number " + n + ":"), "item " + n);
            assertTrue(text.contains("\nhttps://news.tidewater.example/story-" + n + "\n"), "source URL of item " + n);
        }
        assertTrue(text.contains("local suppliers (https://suppliers.tidewater.example/list)"));
        assertFalse(text.contains("<") || text.contains("&amp;"), "no markup in the text part");
    }

    @Test
    void greetingFallsBackWhenTheSubscriberGaveNoName() {
        Recipient anonymous = new Recipient(9, 3, "anon@example.org", " ", java.util.Map.of());
        PersonalisedContent content = kit.composer.personalise(kit.render(RenderKit.issue(1)), anonymous);
        assertTrue(Jsoup.parse(content.html()).text().contains("Hi there,"));
        assertTrue(content.text().contains("Hi there,"));
    }
}
