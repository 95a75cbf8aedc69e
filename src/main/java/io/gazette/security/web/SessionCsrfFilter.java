package io.gazette.security.web;

import io.gazette.security.SessionCookie;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.problem.ProblemMappers;
import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.server.jaxrs.ContainerRequestContextImpl;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

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

    @Override
    public void filter(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        boolean unsafe = !CsrfScope.isSafe(request.getMethod());
        if (unsafe && !CsrfScope.requiresCheck(request.getMethod(), routing.normalizedPath(), session.isPresent(routing))) {
            return;
        }
        super.filter(request, routing);
        if (unsafe && request instanceof ContainerRequestContextImpl checked && checked.isAborted()) {
            ProblemException refusal = new ProblemException(403, "csrf", "Forbidden",
                    "The form's CSRF token is missing or does not match its cookie; reload the page and submit again");
            request.abortWith(problems.problem(refusal, request.getUriInfo()));
        }
    }
}
