package io.gazette.security.token;

import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code name} says where the token is used, e.g. "CI import job", so its owner knows which one to revoke. */
public record NewTokenRequest(@NotBlank @SingleLine @Size(max = 100) String name) {
}
