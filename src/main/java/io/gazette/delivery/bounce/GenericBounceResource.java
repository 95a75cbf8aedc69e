package io.gazette.delivery.bounce;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;

/** {@code POST /webhooks/bounces}: one bounce or complaint in Gazette's own format ({@link GenericBounce}). */
@PermitAll
@WebhookAuthenticated
@Path("/webhooks/bounces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GenericBounceResource {

    private final BounceSink sink;
    private final Clock clock;

    public GenericBounceResource(BounceSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @POST
    public WebhookReceipt receive(@Valid @NotNull GenericBounce bounce) {
        sink.accept(bounce.toEvent(clock.instant()));
        return WebhookReceipt.of(1, 0);
    }
}
