package io.gazette.audience.subscriber.web;

import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.subscriber.BulkAction;
import io.gazette.audience.subscriber.BulkRequest;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.web.FormValues;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A bulk action from the search page: on the ticked rows, or ({@code scope=search}) on everyone the search finds,
 * whose fields come along hidden as {@code q}, {@code status}, {@code list} and {@code subscription}.
 */
public class BulkForm {

    @RestForm public String action;
    @RestForm public String scope;
    @RestForm public List<Long> ids = new ArrayList<>();
    @RestForm public List<Long> lists = new ArrayList<>();
    @RestForm public String joinAs;
    @RestForm public String q;
    @RestForm public String status;
    @RestForm public String list;
    @RestForm public String subscription;

    /** Nothing chosen yet: act on the ticked rows, adding with consent still to be confirmed. */
    public static BulkForm blank() {
        BulkForm form = new BulkForm();
        form.scope = "selected";
        form.joinAs = SubscriptionStatus.UNCONFIRMED.name();
        return form;
    }

    public boolean ticked(long id) {
        return ids.contains(id);
    }

    public boolean onList(long id) {
        return lists.contains(id);
    }

    public SearchForm search() {
        return SearchForm.of(q, status, list, subscription);
    }

    public boolean wholeSearch() {
        return "search".equals(scope);
    }

    public BulkRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        BulkAction parsedAction = FormValues.choice(BulkAction.class, action, "action", errors);
        SubscriptionStatus parsedJoinAs = FormValues.choice(SubscriptionStatus.class, joinAs, "joinAs", errors);
        if (parsedAction == null && errors.isEmpty()) {
            errors.add(new FieldError("action", "choose what to do"));
        }
        if (!wholeSearch() && ids.isEmpty()) {
            errors.add(new FieldError("ids", "tick at least one subscriber, or choose everyone this search finds"));
        }
        FormValues.refuseIfAny(errors);
        return new BulkRequest(parsedAction, wholeSearch() ? null : ids, null,
                wholeSearch() ? search().toFilter() : null, new LinkedHashSet<>(lists), parsedJoinAs);
    }
}
