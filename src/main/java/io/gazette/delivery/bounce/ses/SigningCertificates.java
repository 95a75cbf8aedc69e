package io.gazette.delivery.bounce.ses;

import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SNS signing certificates by URL: fetched once from a trusted origin, kept, and checked for validity on every use.
 * AWS publishes a new certificate under a new URL, so entries never need refreshing; the cache is bounded all the same.
 */
@ApplicationScoped
public class SigningCertificates {

    private static final Logger LOG = Logger.getLogger(SigningCertificates.class);
    private static final int MAX_CACHED = 50;

    private final SnsHttp http;
    private final Clock clock;
    private final Map<String, X509Certificate> cache = new ConcurrentHashMap<>();

    public SigningCertificates(SnsHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** The certificate at {@code url}; 403 when the URL is not trusted or the certificate not valid now, 502 when unreachable. */
    X509Certificate get(String url) {
        if (!http.trusts(url)) {
            throw forbidden("SigningCertURL " + url + " is not on a trusted SNS host");
        }
        X509Certificate certificate = cache.get(url);
        if (certificate == null) {
            certificate = fetch(url);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(url, certificate);
        }
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateException e) {
            throw forbidden("the signing certificate is not valid now: " + e.getMessage());
        }
        return certificate;
    }

    private X509Certificate fetch(String url) {
        byte[] pem;
        try {
            pem = http.get(url);
        } catch (IOException e) {
            LOG.warnf("Cannot fetch SNS signing certificate: %s", e.getMessage());
            throw new ProblemException(502, "bad-gateway", "Bad gateway", "The SNS signing certificate could not be fetched");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
        } catch (CertificateException | ClassCastException e) {
            throw forbidden("SigningCertURL does not hold an X.509 certificate");
        }
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(403, "bad-signature", "Signature not accepted", detail);
    }
}
