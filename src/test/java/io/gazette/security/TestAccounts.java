package io.gazette.security;

import io.gazette.security.account.NewUserRequest;
import io.gazette.security.account.UserService;
import io.gazette.security.account.UserView;
import io.gazette.security.token.TokenService;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Real accounts with real API tokens, made through the services, each with a unique email. */
@ApplicationScoped
public class TestAccounts {

    /** An account, its password and one API token for it. */
    public record Account(long id, String email, String password, String token) {

        public RequestSpecification bearer() {
            return given().header("Authorization", "Bearer " + token);
        }
    }

    private final UserService users;
    private final TokenService tokens;

    TestAccounts(UserService users, TokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    public Account create(String role) {
        return create(role, "Test " + role);
    }

    public Account create(String role, String displayName) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String password = "correct horse " + unique;
        UserView user = users.create(new NewUserRequest(role + "-" + unique + "@example.org", displayName, role, password));
        return new Account(user.id(), user.email(), password, tokens.create(user.id(), "test").token());
    }
}
