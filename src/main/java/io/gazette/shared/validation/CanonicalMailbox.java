package io.gazette.shared.validation;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of a mailbox under which Gazette stores, compares and suppresses it: trimmed, lower case, and the
 * domain in its ASCII (IDNA "xn--") form. {@code user@Bücher.de} and {@code user@xn--bcher-kva.de} are one mailbox,
 * and must be one subscriber and one suppression. The ASCII form is chosen because it is what SMTP without SMTPUTF8
 * carries, what DNS resolves and what bounces and provider webhooks report back.
 *
 * <p>It lives in {@code shared} because both the audience (sign-up, import, API, suppression) and delivery (bounces,
 * webhooks) spell addresses this way, and delivery's bounce handling must not depend on the audience. Validation is
 * not done here: {@code audience.EmailAddresses} decides what is a valid address and calls this for its spelling.
 *
 * <p>IDNA is {@link IDN java.net.IDN} (IDNA 2003, the rules Commons Validator's domain check uses too), so one
 * validator and one converter agree on every domain. One known difference from IDNA 2008: {@code ß} maps to {@code ss}.
 */
public final class CanonicalMailbox {

    private CanonicalMailbox() {
    }

    /** The canonical spelling, or empty when there is no {@code @} or the domain cannot be converted to ASCII. */
    public static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String stripped = address.strip();
        int at = stripped.lastIndexOf('@');
        if (at <= 0 || at == stripped.length() - 1) {
            return Optional.empty();
        }
        String local = stripped.substring(0, at).toLowerCase(Locale.ROOT);
        try {
            String domain = IDN.toASCII(stripped.substring(at + 1)).toLowerCase(Locale.ROOT);
            return Optional.of(local + "@" + domain);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The canonical spelling where there is one, else the address trimmed and lower-cased (for look-ups of anything). */
    public static String orLowerCase(String address) {
        return of(address).orElseGet(() -> address.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the part before the {@code @} holds characters outside ASCII, which only SMTPUTF8 servers accept. */
    public static boolean hasUnicodeLocalPart(String address) {
        int at = address.lastIndexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        return local.chars().anyMatch(c -> c > 0x7f);
    }
}
