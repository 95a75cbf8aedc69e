package io.gazette.delivery.bounce.ses;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which URLs in an SNS message Gazette may fetch: the origin ({@code scheme://host[:port]}) must match the
 * configured pattern in full, and URLs with user info or without a host are refused outright, so
 * {@code https://sns.us-east-1.amazonaws.com@evil.example/} or {@code https://sns.us-east-1.amazonaws.com.evil.example/}
 * never pass.
 */
final class TrustedOrigin {

    private final Pattern origin;

    TrustedOrigin(String pattern) {
        this.origin = Pattern.compile(pattern);
    }

    boolean trusts(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getRawUserInfo() != null || uri.getHost() == null || uri.getRawAuthority() == null
                    || uri.getRawAuthority().contains("@")) {
                return false;
            }
            String candidate = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return origin.matcher(candidate).matches();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
