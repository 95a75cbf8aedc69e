package io.gazette.security.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.gazette.shared.problem.HttpProblems;
import io.gazette.shared.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;

/**
 * Quarkus answers a missing sign-in or a missing role with an empty 401 or 403. On the JSON API those become problem
 * documents like every other refusal, with their own type; the challenge header stays. On pages an anonymous visitor
 * is sent to the sign-in page, and a wrong role gets a page that says so (a browser shows an empty 403 as its own
 * error screen, with no way back into the app).
 */
public class ApiRefusalProblems {

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance forbidden();
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getEntity() instanceof Problem) {
            return;
        }
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            if (response.getStatus() == 403 && !response.hasEntity()) {
                response.setEntity(Templates.forbidden(), new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            }
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
