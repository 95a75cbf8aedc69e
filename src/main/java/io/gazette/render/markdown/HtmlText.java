package io.gazette.render.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Raw HTML inside Markdown, reduced to text for the plain-text part: tags go, link URLs are written out. */
final class HtmlText {

    private static final Pattern OPENS_HIDDEN = Pattern.compile("(?i)<(script|style)\\b.*");
    private static final Pattern CLOSES_HIDDEN = Pattern.compile("(?i)</(script|style)\\s*>");
    private static final Pattern OPENS_LINK = Pattern.compile("(?i)<a\\s[^>]*href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>");
    private static final Pattern CLOSES_LINK = Pattern.compile("(?i)</a\\s*>");

    private HtmlText() {
    }

    /** A block of HTML, sanitised first, as text. */
    static String ofBlock(String html) {
        Document document = Jsoup.parseBodyFragment(ContentPolicy.POLICY.sanitize(html));
        for (Element link : document.select("a[href]")) {
            String url = link.attr("href");
            if (SafeUrls.isLinkable(url) && !PlainTextRenderer.sameTarget(link.text(), url)) {
                link.appendText(" (" + PlainTextRenderer.withoutMailto(url) + ")");
            }
        }
        return document.body().text();
    }

    /**
     * Inline HTML tags met while writing one paragraph: what a script or style element holds is dropped with it, and
     * an {@code <a href>}'s URL follows its text when the link closes.
     */
    static final class Inline {

        private boolean hidden;
        private String openLink;
        private int linkStart;

        boolean hidden() {
            return hidden;
        }

        void tag(String tag, StringBuilder out) {
            if (hidden) {
                hidden = !CLOSES_HIDDEN.matcher(tag).find();
                return;
            }
            hidden = OPENS_HIDDEN.matcher(tag).matches();
            Matcher link = OPENS_LINK.matcher(tag);
            if (link.matches()) {
                openLink = link.group(1);
                linkStart = out.length();
            } else if (openLink != null && CLOSES_LINK.matcher(tag).matches() && linkStart <= out.length()) {
                String label = out.substring(linkStart);
                out.setLength(linkStart);
                PlainTextRenderer.appendLink(label, openLink, out);
                openLink = null;
            }
        }
    }
}
