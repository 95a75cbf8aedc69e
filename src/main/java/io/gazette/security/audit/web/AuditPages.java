package io.gazette.security.audit.web;

import io.gazette.security.Roles;
import io.gazette.security.audit.AuditEntryView;
import io.gazette.security.audit.AuditLog;
import io.gazette.shared.paging.Page;
import io.gazette.shared.paging.PageParams;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The audit log in the browser, for admins only as {@code GET /api/audit} is: filtered and paged the same way. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AuditPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditLogPage log);
    }

    private final AuditLog audit;
    private final PageParams pageParams;
    private final FormValidation validation;

    public AuditPages(AuditLog audit, PageParams pageParams, FormValidation validation) {
        this.audit = audit;
        this.pageParams = pageParams;
        this.validation = validation;
    }

    /** A filter that cannot be read is answered 400, as the API answers it, with each message by its field. */
    @GET
    public Response list(@BeanParam AuditFilterForm filter, @QueryParam("page") Integer page) {
        try {
            Page<AuditEntryView> entries = audit.list(validation.check(filter.toQuery()), pageParams.of(page, filter.size));
            return Response.ok(Templates.audit(new AuditLogPage(filter, choices(filter), entries, FormErrors.NONE))).build();
        } catch (ProblemException refused) {
            return Response.status(400)
                    .entity(Templates.audit(new AuditLogPage(filter, choices(filter), null, FormErrors.of(refused)))).build();
        }
    }

    private List<ActionChoice> choices(AuditFilterForm filter) {
        return ActionChoice.of(audit.actions(), filter.action);
    }
}
