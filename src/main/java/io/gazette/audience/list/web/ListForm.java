package io.gazette.audience.list.web;

import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.list.ListRequest;
import io.gazette.audience.list.ListView;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.web.FormValues;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The list settings form as typed, so a refused form comes back with the user's text; it becomes {@link ListRequest}. */
public class ListForm {

    @RestForm public String name;
    @RestForm public String slug;
    @RestForm public String description;
    @RestForm public String visibility;
    @RestForm public String optIn;
    @RestForm public List<Long> newsletterIds = new ArrayList<>();
    @RestForm public Long version;

    public static ListForm blank() {
        ListForm form = new ListForm();
        form.visibility = ListVisibility.PUBLIC.name();
        form.optIn = OptIn.DOUBLE.name();
        return form;
    }

    public static ListForm of(ListView list) {
        ListForm form = new ListForm();
        form.name = list.name();
        form.slug = list.slug();
        form.description = list.description();
        form.visibility = list.visibility().name();
        form.optIn = list.optIn().name();
        form.newsletterIds = new ArrayList<>(list.newsletterIds());
        form.version = list.version();
        return form;
    }

    public ListRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        ListVisibility parsedVisibility = FormValues.choice(ListVisibility.class, visibility, "visibility", errors);
        OptIn parsedOptIn = FormValues.choice(OptIn.class, optIn, "optIn", errors);
        FormValues.refuseIfAny(errors);
        return new ListRequest(FormValues.orNull(slug), name, FormValues.orNull(description), parsedVisibility,
                parsedOptIn, new LinkedHashSet<>(newsletterIds), version);
    }

    public boolean feeds(long newsletterId) {
        return newsletterIds.contains(newsletterId);
    }
}
