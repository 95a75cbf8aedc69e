package io.gazette.security.account.web;

import io.gazette.security.token.CreatedToken;
import io.gazette.security.token.NewTokenRequest;
import io.gazette.security.token.TokenService;
import io.gazette.security.token.TokenView;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The token forms of the account page (one's own tokens) and of the users page (anyone's, for admins): the same
 * validation and service calls as the JSON API, whichever account the tokens belong to.
 */
@ApplicationScoped
public class TokenForms {

    private final TokenService tokens;
    private final FormValidation validation;

    public TokenForms(TokenService tokens, FormValidation validation) {
        this.tokens = tokens;
        this.validation = validation;
    }

    public TokenPanel panel(String path, long userId) {
        return TokenPanel.of(path, tokens.list(userId));
    }

    /**
     * Creates a token named {@code name} and answers the panel that shows it, the only time it is ever shown; the
     * page answers directly, since a redirect would have to carry the token in a URL or a cookie. A refused name comes
     * back with its message and the text as typed.
     */
    public TokenPanel create(String path, long userId, String name) {
        try {
            CreatedToken created = tokens.create(userId, validation.check(new NewTokenRequest(name)).name());
            return new TokenPanel(path, tokens.list(userId), created, null, FormErrors.NONE);
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return new TokenPanel(path, tokens.list(userId), null, name, FormErrors.of(refused));
        }
    }

    /** Revokes and answers the message for the next page. */
    public String revoke(long userId, long tokenId) {
        TokenView revoked = tokens.revoke(userId, tokenId);
        return "Token “" + revoked.name() + "” revoked: it no longer works.";
    }
}
