package io.gazette.delivery.bounce.ses;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.gazette.shared.problem.ProblemException;

/**
 * An Amazon SNS HTTP(S) message: a subscription confirmation, a notification or an unsubscribe confirmation. Values
 * are kept exactly as received, because the signature covers them byte for byte.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnsMessage(
        @JsonProperty("Type") String type,
        @JsonProperty("MessageId") String messageId,
        @JsonProperty("Token") String token,
        @JsonProperty("TopicArn") String topicArn,
        @JsonProperty("Subject") String subject,
        @JsonProperty("Message") String message,
        @JsonProperty("Timestamp") String timestamp,
        @JsonProperty("SignatureVersion") String signatureVersion,
        @JsonProperty("Signature") String signature,
        @JsonProperty("SigningCertURL") String signingCertUrl,
        @JsonProperty("SubscribeURL") String subscribeUrl) {

    public static final String NOTIFICATION = "Notification";
    public static final String SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation";
    public static final String UNSUBSCRIBE_CONFIRMATION = "UnsubscribeConfirmation";

    /** Throws a 400 problem naming the first field a message of this type must have but lacks. */
    void requireFields() {
        require("Type", type);
        require("MessageId", messageId);
        require("TopicArn", topicArn);
        require("Message", message);
        require("Timestamp", timestamp);
        require("SignatureVersion", signatureVersion);
        require("Signature", signature);
        require("SigningCertURL", signingCertUrl);
        if (isConfirmation()) {
            require("Token", token);
            require("SubscribeURL", subscribeUrl);
        } else if (!NOTIFICATION.equals(type)) {
            throw ProblemException.invalid("Type", "must be Notification, SubscriptionConfirmation or UnsubscribeConfirmation");
        }
    }

    boolean isConfirmation() {
        return SUBSCRIPTION_CONFIRMATION.equals(type) || UNSUBSCRIBE_CONFIRMATION.equals(type);
    }

    /** The string SNS signs: chosen fields as "name\nvalue\n" in a fixed order, Subject only when present. */
    String canonicalString() {
        StringBuilder text = new StringBuilder();
        append(text, "Message", message);
        append(text, "MessageId", messageId);
        if (isConfirmation()) {
            append(text, "SubscribeURL", subscribeUrl);
            append(text, "Timestamp", timestamp);
            append(text, "Token", token);
        } else {
            if (subject != null) {
                append(text, "Subject", subject);
            }
            append(text, "Timestamp", timestamp);
        }
        append(text, "TopicArn", topicArn);
        append(text, "Type", type);
        return text.toString();
    }

    private static void append(StringBuilder text, String name, String value) {
        text.append(name).append('\n').append(value).append('\n');
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required in an SNS message of this type");
        }
    }
}
