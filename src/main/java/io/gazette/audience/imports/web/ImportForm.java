package io.gazette.audience.imports.web;

import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.imports.ImportMode;
import io.gazette.audience.imports.ImportOptions;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.FormValues;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The upload form as posted (multipart): the file, and the options the API takes as query parameters, under the
 * same names and defaults. The choices are sent back into the page when the form is refused; the file cannot be.
 */
public class ImportForm {

    @RestForm public FileUpload file;
    @RestForm public String mode;
    @RestForm("list") public List<String> lists = new ArrayList<>();
    @RestForm public String status;
    @RestForm public boolean overwrite;
    @RestForm public String delimiter;

    /** A fresh form: subscribe, comma-separated. Whether the people confirmed is left for the admin to say. */
    public static ImportForm blank() {
        ImportForm form = new ImportForm();
        form.mode = ImportMode.SUBSCRIBE.name();
        form.delimiter = ",";
        return form;
    }

    public boolean hasList(long id) {
        return lists.contains(String.valueOf(id));
    }

    public boolean hasFile() {
        return file != null && file.size() > 0;
    }

    /**
     * The options, or a refusal naming every field that cannot be read as the API's parameters would be: the checks
     * of what the options mean (a list that exists, a status for subscribing) stay the import service's.
     */
    public ImportOptions toOptions() {
        List<FieldError> errors = new ArrayList<>();
        ImportMode importMode = FormValues.isBlank(mode) ? ImportMode.SUBSCRIBE : parse(ImportMode.class, mode, "mode", errors);
        SubscriptionStatus subscriptionStatus = FormValues.isBlank(status) ? null
                : parse(SubscriptionStatus.class, status, "status", errors);
        Set<Long> listIds = listIds(errors);
        char fieldDelimiter = ',';
        try {
            fieldDelimiter = ImportOptions.delimiter(delimiter == null ? "," : delimiter);
        } catch (ProblemException refused) {
            errors.addAll(refused.errors());
        }
        FormValues.refuseIfAny(errors);
        return new ImportOptions(importMode, listIds, subscriptionStatus, overwrite, fieldDelimiter);
    }

    private Set<Long> listIds(List<FieldError> errors) {
        Set<Long> ids = new HashSet<>();
        for (String id : lists) {
            try {
                ids.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("list", "names a list that does not exist"));
                return ids;
            }
        }
        return ids;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "is not one of the choices offered"));
            return null;
        }
    }
}
