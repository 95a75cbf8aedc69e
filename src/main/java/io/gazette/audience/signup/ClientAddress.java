package io.gazette.audience.signup;

import io.vertx.core.http.HttpServerRequest;

/**
 * The visitor's network address for rate limits and consent records. Behind a reverse proxy, enable
 * {@code quarkus.http.proxy.proxy-address-forwarding} so this is the visitor's address, not the proxy's.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
