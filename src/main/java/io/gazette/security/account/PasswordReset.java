package io.gazette.security.account;

import jakarta.validation.constraints.NotNull;

public record PasswordReset(@NotNull String password) {
}
