package io.gazette.security.token;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented in the {@code Authorization} header, on its way to {@link ApiTokenIdentityProvider}. */
public class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
