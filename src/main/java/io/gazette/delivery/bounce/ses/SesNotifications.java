package io.gazette.delivery.bounce.ses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.delivery.bounce.BounceEvent;
import io.gazette.delivery.bounce.BounceKind;
import io.gazette.delivery.bounce.BounceSource;
import io.gazette.shared.problem.ProblemException;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the SES notification inside an SNS message, in either of SES's formats (identity notifications with
 * {@code notificationType}, configuration-set events with {@code eventType}). Permanent bounces are hard; transient
 * and undetermined ones soft; complaints are complaints. Anything else (deliveries, opens, non-SES messages) is
 * empty: understood and ignored.
 */
final class SesNotifications {

    private SesNotifications() {
    }

    static Optional<List<BounceEvent>> events(ObjectMapper json, String message) {
        JsonNode root;
        try {
            root = json.readTree(message);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        String type = root.path("notificationType").asText(root.path("eventType").asText(""));
        return switch (type) {
            case "Bounce" -> Optional.of(bounces(root.path("bounce")));
            case "Complaint" -> Optional.of(complaints(root.path("complaint")));
            default -> Optional.empty();
        };
    }

    private static List<BounceEvent> bounces(JsonNode bounce) {
        String bounceType = required(bounce, "bounceType");
        BounceKind kind = "Permanent".equals(bounceType) ? BounceKind.HARD : BounceKind.SOFT;
        String subType = bounce.path("bounceSubType").asText("");
        Instant at = time(bounce);
        List<BounceEvent> events = new ArrayList<>();
        for (JsonNode recipient : recipients(bounce, "bouncedRecipients")) {
            String diagnostic = recipient.path("diagnosticCode").asText(recipient.path("status").asText(""));
            String reason = bounceType + (subType.isEmpty() ? "" : "/" + subType) + (diagnostic.isEmpty() ? "" : ": " + diagnostic);
            events.add(new BounceEvent(address(recipient), kind, reason, at, BounceSource.SES));
        }
        return events;
    }

    private static List<BounceEvent> complaints(JsonNode complaint) {
        String feedback = complaint.path("complaintFeedbackType").asText("");
        Instant at = time(complaint);
        List<BounceEvent> events = new ArrayList<>();
        for (JsonNode recipient : recipients(complaint, "complainedRecipients")) {
            events.add(new BounceEvent(address(recipient), BounceKind.COMPLAINT, feedback.isEmpty() ? "complaint" : "complaint: " + feedback,
                    at, BounceSource.SES));
        }
        return events;
    }

    private static JsonNode recipients(JsonNode report, String field) {
        JsonNode list = report.path(field);
        if (!list.isArray() || list.isEmpty()) {
            throw malformed(field + " is missing");
        }
        return list;
    }

    private static String address(JsonNode recipient) {
        String email = recipient.path("emailAddress").asText("").strip();
        if (email.isEmpty() || !email.contains("@") || email.length() > 320) {
            throw malformed("a recipient has no usable emailAddress");
        }
        return email;
    }

    private static Instant time(JsonNode report) {
        try {
            return OffsetDateTime.parse(required(report, "timestamp")).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed("timestamp is not an ISO-8601 time");
        }
    }

    private static String required(JsonNode report, String field) {
        String value = report.path(field).asText("");
        if (value.isEmpty()) {
            throw malformed(field + " is missing");
        }
        return value;
    }

    private static ProblemException malformed(String what) {
        return ProblemException.invalid("Message", "is not a usable SES notification: " + what);
    }
}
