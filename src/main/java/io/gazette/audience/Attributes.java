package io.gazette.audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.shared.problem.ProblemException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A subscriber's free-form attributes: a JSON object, stored as text of at most {@link #MAX_LENGTH} characters. */
public final class Attributes {

    public static final int MAX_LENGTH = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Attributes() {
    }

    /** The stored text of an object from the API; null or empty objects are stored as null. */
    public static String toText(ObjectNode attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        return checked(attributes.toString());
    }

    /** A new, empty object to add attributes to. */
    public static ObjectNode emptyObject() {
        return JSON.createObjectNode();
    }

    /** The text as a JSON object, or empty when it is not one (attributes read back from an exported file). */
    public static Optional<ObjectNode> parseObject(String text) {
        try {
            return JSON.readTree(text) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The stored text as a JSON object for views; an empty object when there is none. */
    public static JsonNode parse(String text) {
        if (text == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are not JSON", e);
        }
    }

    /** The stored text as flat string values, as a theme shows them ({@code recipient.attributes.company}). */
    public static Map<String, String> values(String text) {
        Map<String, String> values = new HashMap<>();
        parse(text).fields().forEachRemaining(field -> values.put(field.getKey(),
                field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
        return values;
    }

    private static String checked(String text) {
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalid("attributes", "must be at most " + MAX_LENGTH + " characters as JSON");
        }
        return text;
    }
}
