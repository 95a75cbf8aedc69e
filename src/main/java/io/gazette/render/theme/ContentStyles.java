package io.gazette.render.theme;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;

/**
 * Inline styles a theme gives the elements of rich text (item bodies, intro, closing), keyed by tag name and read
 * from {@code style.<tag>} lines in the theme's {@code theme.properties}. Email clients drop {@code <style>} blocks,
 * so each element carries its style itself; applied once per send, not per recipient.
 */
public record ContentStyles(Map<String, String> byTag) {

    public ContentStyles {
        byTag = Map.copyOf(byTag);
    }

    public String apply(String html) {
        if (html.isEmpty() || byTag.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().getAllElements()) {
            String style = byTag.get(element.normalName());
            if (style != null && element != document.body()) {
                element.attr("style", style);
            }
        }
        return document.body().html();
    }
}
