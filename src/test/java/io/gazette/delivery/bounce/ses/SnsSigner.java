package io.gazette.delivery.bounce.ses;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds SNS messages signed the way AWS documents it, written independently of the production code: the canonical
 * string lists the fields in the documented order.
 */
final class SnsSigner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey key;
    private final String certUrl;

    SnsSigner(PrivateKey key, String certUrl) {
        this.key = key;
        this.certUrl = certUrl;
    }

    /** A signed Notification; {@code subject} may be null (then it is neither sent nor signed). */
    Map<String, String> notification(String topic, String message, String subject, String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "Notification");
        fields.put("MessageId", "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324");
        fields.put("TopicArn", topic);
        if (subject != null) {
            fields.put("Subject", subject);
        }
        fields.put("Message", message);
        fields.put("Timestamp", "2026-03-01T08:00:00.123Z");
        fields.put("SignatureVersion", version);
        fields.put("SigningCertURL", certUrl);
        fields.put("UnsubscribeURL", "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe");
        String canonical = "Message\n" + message + "\n" + "MessageId\n" + fields.get("MessageId") + "\n"
                + (subject != null ? "Subject\n" + subject + "\n" : "")
                + "Timestamp\n" + fields.get("Timestamp") + "\n" + "TopicArn\n" + topic + "\n" + "Type\nNotification\n";
        fields.put("Signature", sign(canonical, version));
        return fields;
    }

    /** A signed SubscriptionConfirmation asking to visit {@code subscribeUrl}. */
    Map<String, String> subscriptionConfirmation(String topic, String subscribeUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "SubscriptionConfirmation");
        fields.put("MessageId", "165545c9-2a5c-472c-8df2-7ff2be2b3b1b");
        fields.put("Token", "2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3beb71854e285d6ad02428b09ceece29417f1f02d609c582afbacc99c583a916b9981dd2728f4ae6fdb82efd087cc3b7849e05798d2d2785c03b0879594eeac82c01f235d0e717736");
        fields.put("TopicArn", topic);
        fields.put("Message", "You have chosen to subscribe to the topic " + topic + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.");
        fields.put("SubscribeURL", subscribeUrl);
        fields.put("Timestamp", "2026-03-01T08:00:00.123Z");
        fields.put("SignatureVersion", "1");
        fields.put("SigningCertURL", certUrl);
        String canonical = "Message\n" + fields.get("Message") + "\nMessageId\n" + fields.get("MessageId") + "\nSubscribeURL\n" + subscribeUrl
                + "\nTimestamp\n" + fields.get("Timestamp") + "\nToken\n" + fields.get("Token") + "\nTopicArn\n" + topic
                + "\nType\nSubscriptionConfirmation\n";
        fields.put("Signature", sign(canonical, "1"));
        return fields;
    }

    static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(String canonical, String version) {
        try {
            Signature signature = Signature.getInstance("2".equals(version) ? "SHA256withRSA" : "SHA1withRSA");
            signature.initSign(key);
            signature.update(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
