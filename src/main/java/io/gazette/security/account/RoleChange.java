package io.gazette.security.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record RoleChange(@NotNull @Pattern(regexp = UserService.ROLE_PATTERN, message = "must be admin or editor") String role) {
}
