package io.gazette.audience.signup;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Responses for the public pages. Their URLs carry signed tokens, so pages are never cached and never leak their
 * address to another site through {@code Referer}.
 */
final class Pages {

    private Pages() {
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .type("text/html;charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .entity(page.render())
                .build();
    }

    static Response ok(TemplateInstance page) {
        return page(200, page);
    }

    static Response seeOther(URI location) {
        return Response.seeOther(location).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    static Response invalidLink() {
        return page(400, SignupPages.problem("This link is not valid",
                "The link may have been cut short or changed. Please open it again from the message you received.",
                null, null));
    }

    static Response goneLink(String message) {
        return page(410, SignupPages.problem("This link no longer applies", message, null, null));
    }

    static Response unknownList() {
        return page(404, SignupPages.problem("List not found",
                "There is no list with a public sign-up form at this address.", null, null));
    }
}
