package io.gazette.delivery.bounce;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The generic webhook's format, for any provider or script:
 * {@code {"email": "a@example.org", "type": "hard", "reason": "550 5.1.1 user unknown", "occurredAt": "2026-03-01T10:00:00Z"}}.
 *
 * @param email      the address that bounced or complained
 * @param type       {@code hard}, {@code soft} or {@code complaint}
 * @param reason     free text, optional
 * @param occurredAt ISO-8601 time with offset, optional (default: when the webhook received it)
 */
public record GenericBounce(
        @NotBlank @Email @SingleLine @Size(max = 320) String email,
        @NotNull Type type,
        @Size(max = RecordedBounce.REASON_LENGTH) String reason,
        OffsetDateTime occurredAt) {

    public enum Type {
        @JsonProperty("hard") HARD,
        @JsonProperty("soft") SOFT,
        @JsonProperty("complaint") COMPLAINT
    }

    BounceEvent toEvent(Instant receivedAt) {
        BounceKind kind = switch (type) {
            case HARD -> BounceKind.HARD;
            case SOFT -> BounceKind.SOFT;
            case COMPLAINT -> BounceKind.COMPLAINT;
        };
        return new BounceEvent(email, kind, reason, occurredAt == null ? receivedAt : occurredAt.toInstant(), BounceSource.GENERIC);
    }
}
