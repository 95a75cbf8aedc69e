package io.gazette.security.web;

import io.gazette.security.SessionCookie;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.problem.ProblemMappers;
import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.server.jaxrs.ContainerRequestContextImpl;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The rest-csrf extension's filter, applied where {@link CsrfScope} says and answering a failed check with a 403
 * problem instead of the extension's empty 400. quarkus-rest-csrf 3.33 checks every form post and offers no per-path
 * exemption (quarkusio/quarkus#53715), so this CDI alternative replaces the extension's filter bean and decides before
 * handing over; issuing and comparing tokens stay the extension's.
 */
@Alternative
@Priority(1)
@Singleton
public class SessionCsrfFilter extends CsrfRequestResponseReactiveFilter {

    @Inject
    SessionCookie session;

    @Inject
    ProblemMappers problems;

    @Inject
    CsrfTokenParameterProvider csrf;

    /** Where quarkus-rest-csrf 3.33 keeps the request's token for {@code inject:csrf.token}. */
    private static final String TOKEN_ATTRIBUTE = "csrf_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void filter(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        boolean unsafe = !CsrfScope.isSafe(request.getMethod());
        if (unsafe && !CsrfScope.requiresCheck(request.getMethod(), routing.normalizedPath(), session.isPresent(routing))) {
            exposeTokenUnchecked(routing);
            return;
        }
        super.filter(request, routing);
        if (unsafe && request instanceof ContainerRequestContextImpl checked && checked.isAborted()) {
            ProblemException refusal = new ProblemException(403, "csrf", "Forbidden",
                    "The form's CSRF token is missing or does not match its cookie; reload the page and submit again");
            request.abortWith(problems.problem(refusal, request.getUriInfo()));
        }
    }

    /**
     * A request exempt from the check may still answer with a page (a refused form posted with a bearer token, say),
     * and every page renders the form token; the extension only sets it on requests it checked, so the token that the
     * browser already holds, or a throwaway one, is put where the extension would have put it. It grants nothing: a
     * later form post is checked against the cookie as always.
     */
    private void exposeTokenUnchecked(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(csrf.getCookieName());
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        routing.put(TOKEN_ATTRIBUTE, cookie != null ? cookie.getValue() : Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }
}
