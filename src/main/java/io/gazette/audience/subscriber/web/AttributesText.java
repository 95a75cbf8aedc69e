package io.gazette.audience.subscriber.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.FormValues;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A subscriber's attributes as the page's text box holds them: pretty JSON to read and edit, and back to the JSON
 * object the API's {@code SubscriberUpdate} takes, refused by its field when what was typed is not one.
 */
@ApplicationScoped
public class AttributesText {

    private final ObjectMapper json;

    public AttributesText(ObjectMapper json) {
        this.json = json;
    }

    public String show(JsonNode attributes) {
        try {
            return attributes == null || attributes.isEmpty() ? "" : json.writerWithDefaultPrettyPrinter().writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are always JSON", e);
        }
    }

    /** The typed object; null for an empty box. */
    public ObjectNode parse(String text) {
        if (FormValues.isBlank(text)) {
            return null;
        }
        try {
            if (json.readTree(text) instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // Falls through to the field's message: what was typed is not JSON.
        }
        throw ProblemException.invalid("attributes", "must be a JSON object, such as {\"city\": \"Porto\"}");
    }
}
