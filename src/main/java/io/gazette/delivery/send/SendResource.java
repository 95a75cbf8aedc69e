package io.gazette.delivery.send;

import io.gazette.audience.PageLimits;
import io.gazette.security.Roles;
import io.gazette.shared.paging.KeysetPage;
import io.gazette.shared.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.Locale;

/** A send's progress, its recipients' outcomes, and pause, resume and cancel. */
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/sends/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SendResource {

    private final SendService sends;
    private final PageLimits limits;

    public SendResource(SendService sends, PageLimits limits) {
        this.sends = sends;
        this.limits = limits;
    }

    @GET
    public SendView get(long id) {
        return sends.view(id);
    }

    /** Recipients in id order; {@code after}: the {@code next} of the previous page. */
    @GET
    @Path("/deliveries")
    public KeysetPage<DeliveryView> deliveries(long id, @QueryParam("status") String status, @QueryParam("after") Long after,
                                               @QueryParam("limit") Integer limit) {
        return sends.deliveries(id, status(status), after == null ? 0 : after, limits.check(limit));
    }

    @POST
    @Path("/pause")
    public SendView pause(long id) {
        return sends.pause(id);
    }

    @POST
    @Path("/resume")
    public SendView resume(long id) {
        return sends.resume(id);
    }

    @POST
    @Path("/cancel")
    public SendView cancel(long id) {
        return sends.cancel(id);
    }

    private static DeliveryStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(DeliveryStatus.values()));
        }
    }
}
