package io.gazette.delivery.bounce.postmark;

import io.gazette.delivery.bounce.BounceEvent;
import io.gazette.delivery.bounce.BounceKind;
import io.gazette.delivery.bounce.BounceSink;
import io.gazette.delivery.bounce.BounceSource;
import io.gazette.delivery.bounce.WebhookAuthenticated;
import io.gazette.delivery.bounce.WebhookReceipt;
import io.gazette.shared.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** {@code POST /webhooks/postmark}: Postmark's bounce and spam-complaint webhooks. */
@PermitAll
@WebhookAuthenticated
@Path("/webhooks/postmark")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PostmarkWebhookResource {

    private static final Set<String> BOUNCE_RECORDS = Set.of("Bounce", "SpamComplaint");

    private final BounceSink sink;
    private final Clock clock;

    public PostmarkWebhookResource(BounceSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @POST
    public WebhookReceipt receive(@Valid @NotNull PostmarkRecord record) {
        // Postmark's "test" button and older payloads leave RecordType out; the Type tells those apart.
        if (record.recordType() != null && !BOUNCE_RECORDS.contains(record.recordType())) {
            return WebhookReceipt.of(0, 1);
        }
        Optional<BounceKind> kind = PostmarkTypes.kindOf(record.type());
        if (kind.isEmpty()) {
            return WebhookReceipt.of(0, 1);
        }
        if (record.email() == null || record.email().isBlank() || !record.email().contains("@")) {
            throw ProblemException.invalid("Email", "must be the address that bounced");
        }
        String reason = record.type() + explanation(record);
        sink.accept(new BounceEvent(record.email(), kind.get(), reason,
                record.bouncedAt() == null ? clock.instant() : record.bouncedAt().toInstant(), BounceSource.POSTMARK));
        return WebhookReceipt.of(1, 0);
    }

    private static String explanation(PostmarkRecord record) {
        if (record.details() != null && !record.details().isBlank()) {
            return ": " + record.details();
        }
        return record.description() != null && !record.description().isBlank() ? ": " + record.description() : "";
    }
}
