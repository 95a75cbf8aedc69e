package io.gazette.audience;

import io.gazette.shared.validation.CanonicalMailbox;
import org.apache.commons.validator.routines.EmailValidator;

import java.util.Optional;

/**
 * The one rule for what counts as a subscriber's address, shared by forms, the API, imports and suppressions.
 * Validation is Apache Commons Validator's (RFC 5322 syntax, a real top-level domain); normalisation is
 * {@link CanonicalMailbox}: trimmed, lower case, the domain in ASCII, so {@code Ann@Example.org} and
 * {@code ann@example.org}, or {@code ann@bücher.de} and {@code ann@xn--bcher-kva.de}, are one subscriber.
 * Whether a local part outside ASCII may be mailed is the server's question: {@link MailboxPolicy}.
 */
public final class EmailAddresses {

    /** RFC 5321 limits a forward path to 256 octets including the angle brackets. */
    public static final int MAX_LENGTH = 254;

    private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, false);

    private EmailAddresses() {
    }

    /** The normalised address, or empty when {@code raw} is not a deliverable address. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String address = raw.strip();
        if (address.isEmpty() || address.length() > MAX_LENGTH || !VALIDATOR.isValid(address)) {
            return Optional.empty();
        }
        return CanonicalMailbox.of(address).filter(canonical -> canonical.length() <= MAX_LENGTH);
    }
}
