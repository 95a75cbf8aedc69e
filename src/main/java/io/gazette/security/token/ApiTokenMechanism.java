package io.gazette.security.token;

import io.gazette.shared.problem.HttpProblems;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Set;

/**
 * {@code Authorization: Bearer gz_...} for API clients. It runs before the session cookie's form mechanism and
 * answers every unauthenticated {@code /api} request with a 401 Bearer challenge; browser pages elsewhere fall
 * through to the form mechanism's redirect to the login page.
 */
@ApplicationScoped
public class ApiTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE_HEADER = "WWW-Authenticate";
    private static final String CHALLENGE_VALUE = "Bearer realm=\"gazette\"";
    private static final ChallengeData CHALLENGE = new ChallengeData(401, CHALLENGE_HEADER, CHALLENGE_VALUE);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        // A refused token must meet this mechanism's 401, not the form mechanism's login redirect.
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new ApiTokenRequest(token), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context) || bearerToken(context) != null) {
            return Uni.createFrom().item(CHALLENGE);
        }
        return Uni.createFrom().nullItem();
    }

    /** The challenge with a problem document, as every other refusal of the API has; pages keep the form login's redirect. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isApi(context) && bearerToken(context) == null) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        context.response().putHeader(CHALLENGE_HEADER, CHALLENGE_VALUE);
        HttpProblems.send(context, HttpProblems.unauthenticated(context.normalizedPath()));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    private static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }
}
