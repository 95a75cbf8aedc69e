package io.gazette.security.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hardening headers on every response, errors and framework pages included: the filter runs ahead of authentication
 * and sets the headers as the response goes out, whoever wrote it.
 * <ul>
 *   <li>scripts only from this origin (no inline script anywhere); inline styles are allowed because rendered email
 *       HTML (previews, archive) depends on them, and images may come from any https host for the same reason;</li>
 *   <li>no framing, except the subscribe form ({@code /subscribe/...}), which sites may embed, and an issue's preview,
 *       which the composer frames on its own origin;</li>
 *   <li>Swagger UI ({@code /q/swagger-ui}) and dev mode's Dev UI start with inline scripts, so they alone get
 *       {@code 'unsafe-inline'}; they serve no user content.</li>
 *   <li>no {@code Referer} at all from the pages reached by signed links (their URLs are credentials), and a page
 *       that asks for a stricter referrer policy itself keeps it: the filter writes last, so it must not overwrite.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Ahead of CORS (300) and authentication (200), so refusals carry the headers too. */
    static final int PRIORITY = 400;

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: https:; object-src 'none'; base-uri 'none'; form-action 'self'";
    /** The composer shows an issue's preview in a frame of its own page. */
    static final Pattern PREVIEW = Pattern.compile("/api/issues/\\d+/preview");

    /** Pages whose URL carries a signed token: confirm, unsubscribe and preferences links from emails. */
    static final Pattern SIGNED_LINK = Pattern.compile("/(confirm|unsubscribe|preferences)/.*");

    static final String REFERRER_POLICY = "Referrer-Policy";

    static final String TOOLING_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> apply(context));
            context.next();
        }, PRIORITY);
    }

    private static void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        forPath(context.normalizedPath(), context.request().isSSL()).forEach((name, value) -> {
            if (!name.equals(REFERRER_POLICY) || !headers.contains(REFERRER_POLICY)) {
                headers.set(name, value);
            }
        });
    }

    static Map<String, String> forPath(String path, boolean https) {
        boolean embeddable = path.equals("/subscribe") || path.startsWith("/subscribe/");
        boolean tooling = path.startsWith("/q/swagger-ui") || path.startsWith("/q/dev-ui");
        boolean preview = PREVIEW.matcher(path).matches();
        Map<String, String> headers = new LinkedHashMap<>();
        String policy = tooling ? TOOLING_CSP : CSP;
        if (embeddable) {
            headers.put("Content-Security-Policy", policy);
        } else {
            headers.put("Content-Security-Policy", policy + (preview ? "; frame-ancestors 'self'" : "; frame-ancestors 'none'"));
            headers.put("X-Frame-Options", preview ? "SAMEORIGIN" : "DENY");
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(REFERRER_POLICY, SIGNED_LINK.matcher(path).matches() ? "no-referrer" : "strict-origin-when-cross-origin");
        if (https) {
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
        return headers;
    }
}
