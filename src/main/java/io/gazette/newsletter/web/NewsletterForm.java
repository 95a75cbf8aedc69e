package io.gazette.newsletter.web;

import io.gazette.newsletter.NewsletterRequest;
import io.gazette.newsletter.NewsletterView;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.web.FormValues;
import org.jboss.resteasy.reactive.RestForm;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The newsletter settings form exactly as typed, so a refused form comes back with the user's text in it. It becomes
 * the API's {@link NewsletterRequest}; only the two fields a browser sends as text (weekday, time) are parsed here.
 */
public class NewsletterForm {

    @RestForm public String slug;
    @RestForm public String name;
    @RestForm public String tagline;
    @RestForm public String senderName;
    @RestForm public String senderAddress;
    @RestForm public String replyTo;
    @RestForm public String postalAddress;
    @RestForm public String timeZone;
    @RestForm public String sendDay;
    @RestForm public String sendTime;
    @RestForm public String theme;
    @RestForm public Long version;

    public static NewsletterForm blank(String timeZone, String theme) {
        NewsletterForm form = new NewsletterForm();
        form.timeZone = timeZone;
        form.theme = theme;
        form.sendDay = "";
        return form;
    }

    public static NewsletterForm of(NewsletterView view) {
        NewsletterForm form = new NewsletterForm();
        form.slug = view.slug();
        form.name = view.name();
        form.tagline = view.tagline();
        form.senderName = view.senderName();
        form.senderAddress = view.senderAddress();
        form.replyTo = view.replyTo();
        form.postalAddress = view.postalAddress();
        form.timeZone = view.timeZone();
        form.sendDay = view.sendDay() == null ? "" : view.sendDay().name();
        form.sendTime = view.sendTime() == null ? "" : view.sendTime().toString();
        form.theme = view.theme();
        form.version = view.version();
        return form;
    }

    public NewsletterRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        DayOfWeek day = null;
        LocalTime time = null;
        if (!FormValues.isBlank(sendDay)) {
            try {
                day = DayOfWeek.valueOf(sendDay.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sendDay", "must be a day of the week"));
            }
        }
        if (!FormValues.isBlank(sendTime)) {
            try {
                time = LocalTime.parse(sendTime.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("sendTime", "must be a time such as 08:00"));
            }
        }
        FormValues.refuseIfAny(errors);
        return new NewsletterRequest(slug, name, tagline, senderName, senderAddress, FormValues.orNull(replyTo),
                postalAddress, FormValues.orNull(timeZone), day, time, FormValues.orNull(theme), version);
    }

    public List<String> weekdays() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
    }
}
