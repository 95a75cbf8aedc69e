package io.gazette.security.web;

import io.gazette.shared.problem.HttpProblems;
import io.gazette.shared.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;

/**
 * Quarkus answers a missing sign-in or a missing role with an empty 401 or 403. On the JSON API those become problem
 * documents like every other refusal, with their own type; the challenge header stays. Pages are left as they are: an
 * anonymous visitor is sent to the sign-in page, and a wrong role gets the plain 403.
 */
public class ApiRefusalProblems {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/api") || path.startsWith("/api/")) || response.getEntity() instanceof Problem) {
            return;
        }
        Problem problem = switch (response.getStatus()) {
            case 401 -> HttpProblems.unauthenticated(path);
            case 403 -> HttpProblems.forbidden(path);
            default -> null;
        };
        if (problem != null) {
            response.setEntity(problem, new Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
