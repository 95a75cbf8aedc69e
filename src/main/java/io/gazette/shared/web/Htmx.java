package io.gazette.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The few htmx conventions the pages use. Every form also works as a plain POST (then redirect), so each action asks
 * {@link #isRequest} whether to answer with a fragment or a whole page.
 */
public final class Htmx {

    /** Fired on the page after any change to an issue's content; the preview listens and reloads. */
    public static final String ISSUE_CHANGED = "issue-changed";

    private Htmx() {
    }

    public static boolean isRequest(HttpHeaders headers) {
        return headers.getHeaderString("HX-Request") != null;
    }

    /** A fragment answer with this status, swapped into {@code target} instead of the element the form named. */
    public static Response retarget(int status, Object fragment, String target) {
        return Response.status(status).entity(fragment).header("HX-Retarget", target).header("HX-Reswap", "outerHTML").build();
    }

    /** A fragment after a change of the issue, telling the page to refresh its preview. */
    public static Response changed(Object fragment) {
        return Response.ok(fragment).header("HX-Trigger", ISSUE_CHANGED).build();
    }

    /** Sends the browser to a page: htmx follows {@code HX-Redirect}, a plain form follows the 303. */
    public static Response redirect(HttpHeaders headers, String path, String message) {
        if (!isRequest(headers)) {
            return Flash.redirect(path, message);
        }
        return Flash.carrying(Response.ok().header("HX-Redirect", path), message).build();
    }
}
