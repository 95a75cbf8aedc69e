package io.gazette.delivery.bounce.ses;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * Checks an SNS message's signature as AWS documents it: SignatureVersion 1 is SHA1withRSA, 2 is SHA256withRSA, over
 * the canonical string, with the public key of the certificate at SigningCertURL (which must be on a trusted host).
 */
@ApplicationScoped
public class SnsSignatureVerifier {

    private final SigningCertificates certificates;

    public SnsSignatureVerifier(SigningCertificates certificates) {
        this.certificates = certificates;
    }

    /** Returns normally when the signature is good; throws a 403 problem otherwise. */
    void verify(SnsMessage message) {
        String algorithm = switch (message.signatureVersion()) {
            case "1" -> "SHA1withRSA";
            case "2" -> "SHA256withRSA";
            default -> throw SigningCertificates.forbidden("SignatureVersion " + message.signatureVersion() + " is not supported");
        };
        X509Certificate certificate = certificates.get(message.signingCertUrl());
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(message.canonicalString().getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getMimeDecoder().decode(message.signature()))) {
                throw SigningCertificates.forbidden("the signature does not match the message");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw SigningCertificates.forbidden("the signature cannot be checked: " + e.getMessage());
        }
    }
}
