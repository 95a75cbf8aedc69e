package io.gazette.security.token;

import io.gazette.security.SecurityConfig;
import io.gazette.security.account.AppUser;
import io.gazette.security.account.UserView;
import io.gazette.security.audit.AuditLog;
import io.gazette.security.audit.CurrentActor;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API bearer tokens: 32 random bytes behind a {@code gz_} prefix (so leaked tokens are easy to scan for), stored as
 * a SHA-256 hash. A plain hash suffices here, unlike for passwords: the token carries 256 bits of randomness,
 * so there is nothing to guess.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    static final String PREFIX = "gz_";
    private static final int RANDOM_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lastUsedResolution;
    private final AuditLog audit;
    private final CurrentActor actor;

    public TokenService(Clock clock, SecurityConfig config, AuditLog audit, CurrentActor actor) {
        this.clock = clock;
        this.lastUsedResolution = config.tokens().lastUsedResolution();
        this.audit = audit;
        this.actor = actor;
    }

    public CreatedToken create(long userId, String name) {
        requireUser(userId);
        byte[] secret = new byte[RANDOM_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken();
        stored.userId = userId;
        stored.name = name.strip();
        stored.tokenHash = hash(token);
        stored.createdAt = clock.instant();
        stored.persistAndFlush();
        audit.record(actor.name(), "token.created", AuditLog.target("token", stored.id),
                "'" + stored.name + "' for " + AuditLog.target("user", userId));
        return new CreatedToken(stored.id, stored.name, stored.createdAt, token);
    }

    /** Newest first, revoked ones included; a missing user is 404, not an empty list, for the admin's API. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> list(long userId) {
        requireUser(userId);
        return ApiToken.<ApiToken>list("userId", Sort.descending("id"), userId).stream().map(TokenView::of).toList();
    }

    /** Revokes one of the user's own tokens; another user's token is reported as not found, revealing nothing. */
    public TokenView revoke(long userId, long tokenId) {
        ApiToken token = ApiToken.<ApiToken>find("id = ?1 and userId = ?2", tokenId, userId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Token", tokenId));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
            audit.record(actor.name(), "token.revoked", AuditLog.target("token", token.id),
                    "'" + token.name + "' of " + AuditLog.target("user", userId));
        }
        return TokenView.of(token);
    }

    /** The enabled account a presented token belongs to; empty for unknown, revoked or disabled. Notes the use. */
    public Optional<UserView> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = ApiToken.<ApiToken>find("tokenHash", hash(presented)).firstResultOptional()
                .filter(token -> token.revokedAt == null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<AppUser> owner = AppUser.<AppUser>findByIdOptional(token.userId).filter(user -> user.enabled);
        if (owner.isPresent()) {
            Instant now = clock.instant();
            if (token.lastUsedAt == null || !now.isBefore(token.lastUsedAt.plus(lastUsedResolution))) {
                token.lastUsedAt = now;
            }
        }
        return owner.map(UserView::of);
    }

    private static void requireUser(long userId) {
        if (AppUser.findByIdOptional(userId).isEmpty()) {
            throw ProblemException.notFound("User", userId);
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
