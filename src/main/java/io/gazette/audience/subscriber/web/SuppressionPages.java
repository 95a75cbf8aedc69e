package io.gazette.audience.subscriber.web;

import io.gazette.audience.AudienceConfig;
import io.gazette.audience.SuppressionReason;
import io.gazette.audience.subscriber.SuppressionRequest;
import io.gazette.audience.subscriber.SuppressionService;
import io.gazette.audience.subscriber.SuppressionView;
import io.gazette.security.Roles;
import io.gazette.shared.paging.KeysetPage;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Flash;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
import io.gazette.shared.web.FormValues;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The suppression list, for admins as in the JSON API: addresses never mailed, why, and lifting one. */
@Path("/suppressions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SuppressionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance suppressions(KeysetPage<SuppressionView> page, boolean firstPage, String nextPage,
                                                    SuppressionReason[] reasons, String email, FormErrors errors);
    }

    private final SuppressionService suppressions;
    private final AudienceConfig config;
    private final FormValidation validation;

    public SuppressionPages(SuppressionService suppressions, AudienceConfig config, FormValidation validation) {
        this.suppressions = suppressions;
        this.config = config;
        this.validation = validation;
    }

    @GET
    public TemplateInstance page(@QueryParam("after") String after) {
        return render(after, "", FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String email, @RestForm String reason) {
        try {
            List<FieldError> errors = new ArrayList<>();
            SuppressionReason parsed = FormValues.choice(SuppressionReason.class, reason, "reason", errors);
            FormValues.refuseIfAny(errors);
            SuppressionView added = suppressions.add(validation.check(new SuppressionRequest(FormValues.orNull(email), parsed)));
            return Flash.redirect("/suppressions", added.email() + " will not be mailed.");
        } catch (ProblemException refused) {
            return Response.status(422).entity(render(null, email, FormErrors.of(refused))).build();
        }
    }

    @POST
    @Path("remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestForm String email) {
        suppressions.remove(email);
        return Flash.redirect("/suppressions", email.strip() + " may be mailed again if they subscribe.");
    }

    private TemplateInstance render(String after, String email, FormErrors errors) {
        KeysetPage<SuppressionView> page = suppressions.page(FormValues.orNull(after), config.searchDefaultLimit());
        // Addresses may hold + and &, so the next page's key is URL-encoded.
        String nextPage = page.next() == null ? null : FormValues.withQuery("/suppressions", Map.of("after", page.next()));
        return Templates.suppressions(page, FormValues.isBlank(after), nextPage, SuppressionReason.values(), email, errors);
    }
}
