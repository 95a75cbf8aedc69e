package io.gazette.audience;

import io.gazette.mail.MailConfig;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.validation.CanonicalMailbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Which addresses may become subscribers on this server: valid by {@link EmailAddresses}, and with a local part in
 * ASCII unless the mail servers offer SMTPUTF8 ({@code gazette.mail.smtputf8}). Refusing at entry is honest: a
 * subscriber the relay can never reach would only turn into failed deliveries later.
 */
@ApplicationScoped
public class MailboxPolicy {

    public static final String INVALID = "must be a valid email address";
    public static final String NEEDS_SMTPUTF8 = "has characters outside ASCII before the @, which this server's mail "
            + "relay cannot deliver to (it would need SMTPUTF8)";

    private final boolean smtpUtf8;

    @Inject
    public MailboxPolicy(MailConfig config) {
        this(config.smtputf8());
    }

    /** For code that reads files outside the application (tests): {@code smtpUtf8} as the setting would say. */
    public MailboxPolicy(boolean smtpUtf8) {
        this.smtpUtf8 = smtpUtf8;
    }

    /** The canonical address, or why it is refused ({@link #INVALID} or {@link #NEEDS_SMTPUTF8}). */
    public Verdict check(String raw) {
        Optional<String> address = EmailAddresses.normalise(raw);
        if (address.isEmpty()) {
            return new Verdict(null, INVALID);
        }
        if (!smtpUtf8 && CanonicalMailbox.hasUnicodeLocalPart(address.get())) {
            return new Verdict(null, NEEDS_SMTPUTF8);
        }
        return new Verdict(address.get(), null);
    }

    /** The canonical address, or a 400 problem naming {@code field}. */
    public String require(String field, String raw) {
        Verdict verdict = check(raw);
        if (verdict.refusal() != null) {
            throw ProblemException.invalid(field, verdict.refusal());
        }
        return verdict.address();
    }

    /** Either an accepted canonical {@code address} or the {@code refusal}, in the API's words. */
    public record Verdict(String address, String refusal) {
        public boolean accepted() {
            return address != null;
        }
    }
}
