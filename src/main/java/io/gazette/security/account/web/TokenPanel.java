package io.gazette.security.account.web;

import io.gazette.security.token.CreatedToken;
import io.gazette.security.token.TokenView;
import io.gazette.shared.web.FormErrors;

import java.util.List;

/**
 * One account's API tokens as the account page and the users page show them ({@code tags/apiTokens.html}).
 *
 * @param path    where the forms post: {@code /account/tokens} or {@code /users/7/tokens}
 * @param created the token just made, shown this once on the answering page and never again
 * @param name    the name as typed, kept when the form is refused
 */
public record TokenPanel(String path, List<TokenView> tokens, CreatedToken created, String name, FormErrors errors) {

    static TokenPanel of(String path, List<TokenView> tokens) {
        return new TokenPanel(path, tokens, null, null, FormErrors.NONE);
    }

    public boolean refused() {
        return errors.any();
    }
}
