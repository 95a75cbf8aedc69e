package io.gazette.security.login;

import io.gazette.security.AccountIdentities;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** The sign-in form's email and password (Quarkus form login), checked for CSRF, throttled and verified. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LoginService logins;
    private final LoginCsrf csrf;

    public PasswordIdentityProvider(LoginService logins, LoginCsrf csrf) {
        this.logins = logins;
        this.csrf = csrf;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (http == null || !csrf.matches(http)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("sign-in form without a valid CSRF token"));
        }
        String address = http.request().remoteAddress() == null ? "unknown" : http.request().remoteAddress().host();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> AccountIdentities.of(logins.signIn(request.getUsername(), password, address),
                "sign-in refused"));
    }
}
