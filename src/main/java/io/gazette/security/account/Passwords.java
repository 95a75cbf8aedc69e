package io.gazette.security.account;

import io.gazette.security.SecurityConfig;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** bcrypt hashing and checking of account passwords, and the rules a new password must meet. */
@ApplicationScoped
public class Passwords {

    /** bcrypt reads no further than 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;

    private final int cost;
    private final int minLength;
    private final String decoyHash;

    public Passwords(SecurityConfig config) {
        this.cost = config.bcryptCost();
        this.minLength = config.passwordMinLength();
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        this.decoyHash = BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(random), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return password != null && BcryptUtil.matches(password, hash);
    }

    /**
     * Checks a password against a hash nobody knows, taking as long as a real check. Sign-in calls it for an unknown
     * email or a locked account, so the answer's timing does not tell those apart from a wrong password.
     */
    public void spendCheckTime(String password) {
        BcryptUtil.matches(password == null ? "" : password, decoyHash);
    }

    public void requireAcceptable(String password) {
        if (password.codePointCount(0, password.length()) < minLength) {
            throw ProblemException.invalid("password", "must be at least " + minLength + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.invalid("password", "must be at most " + MAX_BYTES + " bytes (bcrypt reads no further)");
        }
        if (password.isBlank()) {
            throw ProblemException.invalid("password", "must not be blank");
        }
    }
}
