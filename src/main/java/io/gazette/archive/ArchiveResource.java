package io.gazette.archive;

import io.gazette.render.IssueModel;
import io.gazette.render.NewsletterModel;
import io.gazette.render.WebLinks;
import io.gazette.shared.web.PublicUrlConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The public web archive of sent issues: an index, a page per issue and an Atom feed. */
@PermitAll
@Path(WebLinks.ARCHIVE + "/{slug}")
public class ArchiveResource {

    static final String ATOM = "application/atom+xml";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(NewsletterModel newsletter, List<ArchiveEntry> issues, String feedUrl);

        static native TemplateInstance issue(NewsletterModel newsletter, IssueModel issue, String feedUrl);

        static native TemplateInstance issue$article(IssueModel issue);

        static native TemplateInstance feed(NewsletterModel newsletter, String updated, String feedUrl,
                                            List<ArchiveEntry> entries);
    }

    private final ArchiveService archive;
    private final PublicUrlConfig publicUrl;

    ArchiveResource(ArchiveService archive, PublicUrlConfig publicUrl) {
        this.archive = archive;
        this.publicUrl = publicUrl;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@PathParam("slug") String slug) {
        ArchiveService.Listing listing = archive.index(slug);
        return page(Templates.index(listing.newsletter(), listing.entries(), feedUrl(slug)));
    }

    @GET
    @Path("/{number: [0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public Response issue(@PathParam("slug") String slug, @PathParam("number") int number) {
        ArchiveService.IssuePage page = archive.page(slug, number);
        return page(Templates.issue(page.newsletter(), page.issue(), feedUrl(slug)));
    }

    @GET
    @Path("/feed.atom")
    @Produces(ATOM)
    public Response feed(@PathParam("slug") String slug) {
        ArchiveService.Listing listing = archive.feed(slug, issue -> Templates.issue$article(issue).render());
        String xml = Templates.feed(listing.newsletter(), DateTimeFormatter.ISO_INSTANT.format(listing.updated()),
                feedUrl(slug), listing.entries()).render();
        return Response.ok(xml, ATOM + ";charset=UTF-8").build();
    }

    private String feedUrl(String slug) {
        return WebLinks.feed(publicUrl.url(), slug);
    }

    private static Response page(TemplateInstance page) {
        return Response.ok(page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
