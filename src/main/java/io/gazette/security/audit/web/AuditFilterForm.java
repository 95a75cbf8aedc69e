package io.gazette.security.audit.web;

import io.gazette.security.audit.AuditQuery;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The audit page's filter form as typed: the same parameters as {@code GET /api/audit}, kept in the paging links. */
public class AuditFilterForm {

    @RestQuery public String action;
    @RestQuery public String actor;
    @RestQuery public String from;
    @RestQuery public String to;
    /** Named, unlike the text fields, so that a size that is not a number is refused by name (QueryParamConverters). */
    @RestQuery("size") public Integer size;

    public AuditQuery toQuery() {
        return new AuditQuery(action, actor, from, to);
    }

    /** This filter's page {@code page}, with every typed value URL-encoded; the template escapes the whole for HTML. */
    public String pageLink(int page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("action", action);
        parameters.put("actor", actor);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("size", size);
        parameters.put("page", page);
        StringJoiner query = new StringJoiner("&", "/audit?", "");
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
