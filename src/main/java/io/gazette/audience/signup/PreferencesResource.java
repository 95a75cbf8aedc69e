package io.gazette.audience.signup;

import io.gazette.shared.web.SubscriberLinks;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A subscriber's own page: which lists they get, or none at all. The signed link is their only credential. */
@PermitAll
@Path("/preferences/{token}")
@Produces(MediaType.TEXT_HTML)
public class PreferencesResource {

    static final String LEAVE_ALL = "leave-all";

    private final SubscriberLinks links;
    private final PreferenceService preferences;

    public PreferencesResource(SubscriberLinks links, PreferenceService preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @GET
    public Response show(String token, @QueryParam("saved") boolean saved) {
        Optional<Long> subscriber = links.readPreferences(token);
        if (subscriber.isEmpty()) {
            return Pages.invalidLink();
        }
        return preferences.preferences(subscriber.get())
                .map(p -> Pages.ok(SignupPages.preferences(p, saved)))
                .orElseGet(PreferencesResource::erased);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(String token, @RestForm("list") List<Long> lists, @RestForm String action,
                         @Context HttpServerRequest request, @Context UriInfo uri) {
        Optional<Long> subscriber = links.readPreferences(token);
        if (subscriber.isEmpty()) {
            return Pages.invalidLink();
        }
        if (LEAVE_ALL.equals(action)) {
            return preferences.leaveAll(subscriber.get()) ? Pages.ok(SignupPages.leftAll()) : erased();
        }
        boolean saved = preferences.save(subscriber.get(), new HashSet<>(lists == null ? List.of() : lists),
                ClientAddress.of(request));
        return saved ? Pages.seeOther(uri.getAbsolutePathBuilder().queryParam("saved", "true").build()) : erased();
    }

    private static Response erased() {
        return Pages.goneLink("We no longer hold any data for this address, so there is nothing to manage.");
    }
}
