package io.gazette.delivery.bounce;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Checks the {@link WebhookSecret} on {@link WebhookAuthenticated} endpoints before their body is even read. */
@Provider
@WebhookAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class WebhookSecretFilter implements ContainerRequestFilter {

    private final WebhookSecret secret;

    public WebhookSecretFilter(WebhookSecret secret) {
        this.secret = secret;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        secret.check(request.getHeaderString(WebhookSecret.HEADER), request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
