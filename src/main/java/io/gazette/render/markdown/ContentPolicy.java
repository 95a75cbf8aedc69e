package io.gazette.render.markdown;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What HTML may survive in editor-written Markdown: text formatting, lists, quotes, headings, links and images.
 * Everything else (script, style, iframe, form, event handlers, inline CSS) is removed; links keep only http, https
 * and mailto, images only http and https.
 */
final class ContentPolicy {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "code", "pre",
                    "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src").matching((element, attribute, value) -> SafeUrls.isWeb(value) ? value : null)
            .onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("\\d{1,6}")).onElements("ol")
            .toFactory();

    private ContentPolicy() {
    }
}
