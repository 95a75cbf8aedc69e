package io.gazette.render.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The URL schemes an email may link to. Editors' URLs are validated on input already; the renderer checks again
 * because a link in a mail is the last place a {@code javascript:} or {@code data:} URL could do harm.
 */
public final class SafeUrls {

    private static final Set<String> WEB = Set.of("http", "https");
    private static final Set<String> LINKABLE = Set.of("http", "https", "mailto");

    private SafeUrls() {
    }

    /** The URL when it is an absolute http(s) URL, else null. */
    public static String web(String url) {
        return hasScheme(url, WEB) ? url.strip() : null;
    }

    public static boolean isWeb(String url) {
        return hasScheme(url, WEB);
    }

    /** True for http, https and mailto URLs: the only ones a link in an email may carry. */
    public static boolean isLinkable(String url) {
        return hasScheme(url, LINKABLE);
    }

    private static boolean hasScheme(String url, Set<String> schemes) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() != null && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && (uri.getScheme().equalsIgnoreCase("mailto") || uri.getHost() != null);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
