package io.gazette.security.account;

import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An admin creating an account. The password's length rules live in {@link UserService}, as they are configurable. */
public record NewUserRequest(
        @NotBlank @Email @SingleLine @Size(max = 320) String email,
        @NotBlank @SingleLine @Size(max = 200) String displayName,
        @NotNull @Pattern(regexp = UserService.ROLE_PATTERN, message = "must be admin or editor") String role,
        @NotNull String password) {
}
