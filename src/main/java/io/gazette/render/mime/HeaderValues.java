package io.gazette.render.mime;

import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.validation.SingleLineValidator;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Checks every value bound for a mail header at the moment the message is built. The API refuses CR and LF on input
 * already; this second guard covers data that arrives by other roads (imports, other features' subscribers), so a
 * value with a line break can never add a header or a body to a message.
 */
public final class HeaderValues {

    private HeaderValues() {
    }

    public static String singleLine(String field, String value) {
        if (value != null && !SingleLineValidator.isSingleLine(value)) {
            throw ProblemException.invalid(field, "must be a single line without control characters");
        }
        return value;
    }

    /**
     * A strictly parsed address with an optional display name (RFC 2047-encoded as needed); callers check the
     * display name with {@link #singleLine} under its own field name first.
     */
    public static InternetAddress address(String field, String address, String displayName) {
        singleLine(field, address);
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address.strip())) {
                throw new AddressException("a display name belongs in its own field");
            }
            return displayName == null ? parsed
                    : new InternetAddress(parsed.getAddress(), displayName, StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw ProblemException.invalid(field, "is not a valid email address");
        }
    }

    public static String domainOf(InternetAddress address) {
        String value = address.getAddress();
        return value.substring(value.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
