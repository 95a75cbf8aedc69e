package io.gazette.audience.subscriber;

import io.gazette.audience.PageLimits;
import io.gazette.audience.SubscriberStatus;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.security.Roles;
import io.gazette.shared.paging.KeysetPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/subscribers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriberResource {

    private final SubscriberService subscribers;
    private final SubscriberSearch search;
    private final BulkActions bulk;
    private final SubscriberCsvExport csv;
    private final PageLimits limits;

    public SubscriberResource(SubscriberService subscribers, SubscriberSearch search, BulkActions bulk,
                              SubscriberCsvExport csv, PageLimits limits) {
        this.subscribers = subscribers;
        this.search = search;
        this.bulk = bulk;
        this.csv = csv;
        this.limits = limits;
    }

    /** Keyset-paged search: pass the previous page's {@code next} as {@code after}. */
    @GET
    public KeysetPage<SubscriberSummary> search(@QueryParam("q") String q, @QueryParam("email") String email,
                                                @QueryParam("status") SubscriberStatus status,
                                                @QueryParam("list") Long list,
                                                @QueryParam("subscription") SubscriptionStatus subscription,
                                                @QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
        return search.search(filter(q, email, status, list, subscription), after == null ? 0 : after, limits.check(limit));
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("/export")
    @Produces("text/csv")
    public Response exportCsv(@QueryParam("status") SubscriberStatus status, @QueryParam("list") Long list,
                              @QueryParam("subscription") SubscriptionStatus subscription) {
        return Response.ok(csv.stream(filter(null, null, status, list, subscription)))
                .type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"subscribers.csv\"")
                .build();
    }

    @GET
    @Path("/{id}")
    public SubscriberView get(long id) {
        return subscribers.view(id);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    public Response create(@Valid @NotNull SubscriberRequest request, UriInfo uri) {
        SubscriberView created = subscribers.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    public SubscriberView update(long id, @Valid @NotNull SubscriberUpdate update) {
        return subscribers.update(id, update);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/bulk")
    public BulkResult bulk(@Valid @NotNull BulkRequest request) {
        return bulk.apply(request);
    }

    /** Everything held about one person (GDPR article 15), as a download. */
    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("/{id}/export")
    public Response export(long id) {
        return Response.ok(subscribers.export(id))
                .header("Content-Disposition", "attachment; filename=\"subscriber-" + id + ".json\"")
                .build();
    }

    /** Erases a person (GDPR article 17); see {@link ErasureRequest} for what stays. */
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{id}/erase")
    public Response erase(long id, @Valid @NotNull ErasureRequest request) {
        subscribers.erase(id, request.neverMailAgain());
        return Response.noContent().build();
    }

    private static SubscriberFilter filter(String q, String email, SubscriberStatus status, Long list,
                                           SubscriptionStatus subscription) {
        return SubscriberFilter.of(q, email, status, list, subscription);
    }
}
