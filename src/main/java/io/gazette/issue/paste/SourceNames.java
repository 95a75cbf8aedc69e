package io.gazette.issue.paste;

import java.net.URI;
import java.util.Locale;

/** A readable source name from a link when the editor gave none: {@code https://www.example.org/x} → {@code example.org}. */
final class SourceNames {

    private SourceNames() {
    }

    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
