package io.gazette.audience.subscriber.web;

import io.gazette.audience.AudienceConfig;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.list.ListService;
import io.gazette.audience.list.ListView;
import io.gazette.audience.subscriber.BulkAction;
import io.gazette.audience.subscriber.BulkActions;
import io.gazette.audience.subscriber.BulkRequest;
import io.gazette.audience.subscriber.BulkResult;
import io.gazette.audience.subscriber.SubscriberSearch;
import io.gazette.audience.subscriber.SubscriberService;
import io.gazette.audience.subscriber.SubscriberSummary;
import io.gazette.audience.subscriber.SubscriberTimeline;
import io.gazette.audience.subscriber.SubscriberUpdate;
import io.gazette.audience.subscriber.SubscriberView;
import io.gazette.security.Roles;
import io.gazette.shared.paging.KeysetPage;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Flash;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValidation;
import io.gazette.shared.web.FormValues;
import io.gazette.shared.web.Htmx;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Set;

/**
 * Subscribers in the browser: everyone signed in searches and reads them; admins add, change, unsubscribe,
 * blocklist and erase, one at a time or in bulk, as in the JSON API. One class for every {@code /subscribers} page
 * because JAX-RS does not look into a second root class once one has matched the prefix.
 */
@Path("/subscribers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class SubscriberPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchForm form, KeysetPage<SubscriberSummary> page, List<ListView> lists,
                                              BulkForm bulk, FormErrors errors);

        static native TemplateInstance search$results(SearchForm form, KeysetPage<SubscriberSummary> page,
                                                      List<ListView> lists, BulkForm bulk, FormErrors errors);

        static native TemplateInstance create(NewSubscriberForm form, List<ListView> lists, FormErrors errors);

        static native TemplateInstance subscriber(SubscriberView subscriber, List<SubscriberTimeline.Entry> history,
                                                  List<ListView> lists, String attributes, FormErrors errors);

        static native TemplateInstance confirmErase(SubscriberView subscriber);
    }

    private final SubscriberService subscribers;
    private final SubscriberSearch search;
    private final BulkActions bulk;
    private final ListService lists;
    private final AudienceConfig config;
    private final FormValidation validation;
    private final AttributesText attributes;

    public SubscriberPages(SubscriberService subscribers, SubscriberSearch search, BulkActions bulk, ListService lists,
                           AudienceConfig config, FormValidation validation, AttributesText attributes) {
        this.subscribers = subscribers;
        this.search = search;
        this.bulk = bulk;
        this.lists = lists;
        this.config = config;
        this.validation = validation;
        this.attributes = attributes;
    }

    /** The search; as an htmx request (typing in the box) only the results are sent back. */
    @GET
    public Response find(@BeanParam SearchForm form, @Context HttpHeaders headers) {
        KeysetPage<SubscriberSummary> page;
        FormErrors errors = FormErrors.NONE;
        try {
            page = search.search(form.toFilter(), form.isFirstPage() ? 0 : form.after, config.searchDefaultLimit());
        } catch (ProblemException refused) {
            page = new KeysetPage<>(List.of(), null);
            errors = FormErrors.of(refused);
        }
        List<ListView> all = lists.list();
        TemplateInstance answer = Htmx.isRequest(headers) ? Templates.search$results(form, page, all, BulkForm.blank(), errors)
                : Templates.search(form, page, all, BulkForm.blank(), errors);
        return Response.status(errors.any() ? 422 : 200).entity(answer).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.create(NewSubscriberForm.blank(), lists.list(), FormErrors.NONE);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NewSubscriberForm form) {
        try {
            SubscriberView created = subscribers.create(validation.check(form.toRequest()));
            return Flash.redirect("/subscribers/" + created.id(), created.email() + " added.");
        } catch (ProblemException refused) {
            return Response.status(422).entity(Templates.create(form, lists.list(), FormErrors.of(refused))).build();
        }
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(@BeanParam BulkForm form) {
        try {
            BulkResult result = bulk.apply(validation.check(form.toRequest()));
            return Flash.redirect(form.search().url(null), BulkSummary.of(result));
        } catch (ProblemException refused) {
            SearchForm searchForm = form.search();
            KeysetPage<SubscriberSummary> page = search.search(searchForm.toFilter(), 0, config.searchDefaultLimit());
            return Response.status(422).entity(Templates.search(searchForm, page, lists.list(), form, FormErrors.of(refused)))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance subscriber(long id) {
        SubscriberView subscriber = subscribers.view(id);
        return page(subscriber, attributes.show(subscriber.attributes()), FormErrors.NONE);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(long id, @RestForm String name, @RestForm String attributes) {
        try {
            SubscriberView saved = subscribers.update(id, validation.check(new SubscriberUpdate(FormValues.orNull(name),
                    this.attributes.parse(attributes))));
            return Flash.redirect("/subscribers/" + id, saved.email() + " saved.");
        } catch (ProblemException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return Response.status(422).entity(page(subscribers.view(id), attributes, FormErrors.of(refused))).build();
        }
    }

    /** Adds the subscriber to a list, or back to one they left, with the consent state the admin vouches for. */
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(long id, @RestForm Long list, @RestForm String joinAs) {
        SubscriptionStatus status = SubscriptionStatus.CONFIRMED.name().equals(joinAs) ? SubscriptionStatus.CONFIRMED
                : SubscriptionStatus.UNCONFIRMED;
        return one(id, BulkAction.SUBSCRIBE, list, status);
    }

    /** Ends one subscription, keeping its consent record (the API's bulk UNSUBSCRIBE for one person). */
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(long id, @RestForm Long list) {
        return one(id, BulkAction.UNSUBSCRIBE, list, null);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/blocklist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response blocklist(long id, @RestForm boolean blocked) {
        return one(id, blocked ? BulkAction.BLOCKLIST : BulkAction.UNBLOCKLIST, null, null);
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("{id}/erase")
    public TemplateInstance confirmErase(long id) {
        return Templates.confirmErase(subscribers.view(id));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("{id}/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(long id, @RestForm boolean neverMailAgain) {
        String email = subscribers.view(id).email();
        subscribers.erase(id, neverMailAgain);
        return Flash.redirect("/subscribers", email + " erased" + (neverMailAgain ? "; the address stays suppressed." : "."));
    }

    private Response one(long id, BulkAction action, Long list, SubscriptionStatus status) {
        SubscriberView subscriber = subscribers.view(id);
        try {
            BulkResult result = bulk.apply(new BulkRequest(action, List.of(id), null, null,
                    list == null ? Set.of() : Set.of(list), status));
            return Flash.redirect("/subscribers/" + id, BulkSummary.of(result));
        } catch (ProblemException refused) {
            return Response.status(422).entity(page(subscriber, attributes.show(subscriber.attributes()),
                    FormErrors.of(refused))).build();
        }
    }

    private TemplateInstance page(SubscriberView subscriber, String attributes, FormErrors errors) {
        return Templates.subscriber(subscriber, SubscriberTimeline.of(subscriber), lists.list(), attributes, errors);
    }
}
