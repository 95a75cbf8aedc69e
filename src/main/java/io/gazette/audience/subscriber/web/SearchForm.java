package io.gazette.audience.subscriber.web;

import io.gazette.audience.SubscriberStatus;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.subscriber.SubscriberFilter;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.web.FormValues;
import jakarta.ws.rs.QueryParam;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The subscriber search as the address bar carries it, kept as typed so the form shows it back; it becomes the API's
 * {@link SubscriberFilter}. The same fields travel, hidden, with a bulk action "on everyone this search finds".
 */
public class SearchForm {

    @QueryParam("q") public String q;
    @QueryParam("status") public String status;
    @QueryParam("list") public String list;
    @QueryParam("subscription") public String subscription;
    @QueryParam("after") public Long after;

    public static SearchForm of(String q, String status, String list, String subscription) {
        SearchForm form = new SearchForm();
        form.q = q;
        form.status = status;
        form.list = list;
        form.subscription = subscription;
        return form;
    }

    public SubscriberFilter toFilter() {
        List<FieldError> errors = new ArrayList<>();
        SubscriberStatus parsedStatus = FormValues.choice(SubscriberStatus.class, status, "status", errors);
        SubscriptionStatus parsedSubscription = FormValues.choice(SubscriptionStatus.class, subscription, "subscription", errors);
        Long parsedList = null;
        if (!FormValues.isBlank(list)) {
            try {
                parsedList = Long.valueOf(list.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("list", "is not one of the lists"));
            }
        }
        FormValues.refuseIfAny(errors);
        return SubscriberFilter.of(FormValues.orNull(q), null, parsedStatus, parsedList, parsedSubscription);
    }

    /** This search's page address, starting after {@code after} (null for the first page). */
    public String url(String after) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("status", status);
        query.put("list", list);
        query.put("subscription", subscription);
        query.put("after", after);
        return FormValues.withQuery("/subscribers", query);
    }

    public boolean listIs(long id) {
        return String.valueOf(id).equals(list == null ? null : list.strip());
    }

    public boolean isFirstPage() {
        return after == null || after <= 0;
    }

    public boolean isEmpty() {
        return FormValues.isBlank(q) && FormValues.isBlank(status) && FormValues.isBlank(list) && FormValues.isBlank(subscription);
    }
}
