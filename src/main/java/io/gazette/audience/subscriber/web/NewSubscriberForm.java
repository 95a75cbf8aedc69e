package io.gazette.audience.subscriber.web;

import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.subscriber.SubscriberRequest;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.web.FormValues;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The "add a subscriber" form as typed; it becomes the API's {@link SubscriberRequest}. */
public class NewSubscriberForm {

    @RestForm public String email;
    @RestForm public String name;
    @RestForm public List<Long> lists = new ArrayList<>();
    @RestForm public String status;

    public static NewSubscriberForm blank() {
        NewSubscriberForm form = new NewSubscriberForm();
        form.status = SubscriptionStatus.UNCONFIRMED.name();
        return form;
    }

    public SubscriberRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        SubscriptionStatus parsed = FormValues.choice(SubscriptionStatus.class, status, "status", errors);
        FormValues.refuseIfAny(errors);
        return new SubscriberRequest(FormValues.orNull(email), FormValues.orNull(name), null,
                new LinkedHashSet<>(lists), lists.isEmpty() ? null : parsed);
    }

    public boolean onList(long id) {
        return lists.contains(id);
    }
}
