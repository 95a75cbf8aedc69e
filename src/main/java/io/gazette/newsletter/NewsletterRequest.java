package io.gazette.newsletter;

import io.gazette.shared.validation.SingleLine;
import io.gazette.shared.validation.TimeZoneId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** What an editor sends to create or replace a newsletter. */
public record NewsletterRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase letters, digits and single hyphens")
        String slug,
        @NotBlank @Size(max = 200) @SingleLine String name,
        @Size(max = 300) @SingleLine String tagline,
        @NotBlank @Size(max = 200) @SingleLine String senderName,
        @NotBlank @Size(max = 320) @Email @SingleLine String senderAddress,
        @Size(max = 320) @Email @SingleLine String replyTo,
        @Size(max = 500) String postalAddress,
        @TimeZoneId String timeZone,
        DayOfWeek sendDay,
        LocalTime sendTime,
        @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase letters, digits and single hyphens")
        String theme,
        Long version) {
}
