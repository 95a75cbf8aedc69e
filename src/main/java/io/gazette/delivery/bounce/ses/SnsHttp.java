package io.gazette.delivery.bounce.ses;

import io.gazette.delivery.DeliveryConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The only outgoing HTTP of the SES webhook: GETs of signing certificates and subscription confirmations, each only
 * to a {@link TrustedOrigin}, with a time limit, a size limit, and no redirects (which could lead anywhere).
 */
@ApplicationScoped
public class SnsHttp {

    private static final int MAX_BYTES = 64 * 1024;

    private final DeliveryConfig.Ses config;
    private final TrustedOrigin trusted;
    private final HttpClient client;

    public SnsHttp(DeliveryConfig config) {
        this.config = config.ses();
        this.trusted = new TrustedOrigin(this.config.trustedOrigin());
        this.client = HttpClient.newBuilder()
                .connectTimeout(this.config.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    boolean trusts(String url) {
        return trusted.trusts(url);
    }

    /** The body of a 200 answer to a GET of a trusted URL. */
    byte[] get(String url) throws IOException {
        if (!trusts(url)) {
            throw new IOException("untrusted URL " + url);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.httpTimeout()).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + url + " answered " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("GET " + url + " answered more than " + MAX_BYTES + " bytes");
                }
                return bytes;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        }
    }
}
