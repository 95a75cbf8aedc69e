package io.gazette.issue;

import io.gazette.shared.validation.HttpUrl;
import io.gazette.shared.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An issue's own fields. {@code items} is read only on create (to compose a whole issue in one call);
 * afterwards items have their own endpoints.
 */
public record IssueRequest(
        @NotBlank @Size(max = 300) @SingleLine String title,
        @Size(max = 300) @SingleLine String subject,
        @Size(max = 300) @SingleLine String preheader,
        @Size(max = 10000) String intro,
        @Size(max = 10000) String closing,
        @Size(max = 100) @SingleLine String ctaLabel,
        @Size(max = 2048) @HttpUrl String ctaUrl,
        @Size(max = 200) List<@Valid ItemRequest> items,
        Long version) {
}
