package io.gazette.delivery.bounce.ses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.delivery.DeliveryConfig;
import io.gazette.delivery.bounce.BounceEvent;
import io.gazette.delivery.bounce.BounceSink;
import io.gazette.delivery.bounce.WebhookReceipt;
import io.gazette.shared.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /webhooks/ses}: Amazon SES bounce and complaint notifications delivered by an SNS HTTP(S) subscription.
 * No shared secret: a message counts only when its SNS signature is good and it comes from a configured topic. SNS
 * posts with {@code Content-Type: text/plain}, so any content type is read as JSON.
 */
@PermitAll
@Path("/webhooks/ses")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class SesWebhookResource {

    private static final Logger LOG = Logger.getLogger(SesWebhookResource.class);

    private final DeliveryConfig.Ses config;
    private final ObjectMapper json;
    private final SnsSignatureVerifier signatures;
    private final SnsHttp http;
    private final BounceSink sink;

    public SesWebhookResource(DeliveryConfig config, ObjectMapper json, SnsSignatureVerifier signatures, SnsHttp http, BounceSink sink) {
        this.config = config.ses();
        this.json = json;
        this.signatures = signatures;
        this.http = http;
        this.sink = sink;
    }

    @POST
    public WebhookReceipt receive(String body) throws JsonProcessingException {
        List<String> topics = config.topicArns().orElse(List.of());
        if (topics.isEmpty()) {
            throw new ProblemException(404, "not-found", "Not found",
                    "This webhook is switched off: set gazette.delivery.ses.topic-arns to use it");
        }
        SnsMessage message = json.readValue(body == null ? "" : body, SnsMessage.class);
        if (message == null) {
            throw ProblemException.invalid("Type", "the body must be an SNS message");
        }
        message.requireFields();
        if (!topics.contains(message.topicArn())) {
            throw new ProblemException(403, "unknown-topic", "Topic not accepted",
                    "TopicArn " + message.topicArn() + " is not in gazette.delivery.ses.topic-arns");
        }
        signatures.verify(message);
        return switch (message.type()) {
            case SnsMessage.SUBSCRIPTION_CONFIRMATION -> confirm(message);
            case SnsMessage.NOTIFICATION -> notification(message);
            default -> WebhookReceipt.of(0, 1);
        };
    }

    private WebhookReceipt notification(SnsMessage message) {
        Optional<List<BounceEvent>> events = SesNotifications.events(json, message.message());
        if (events.isEmpty()) {
            return WebhookReceipt.of(0, 1);
        }
        events.get().forEach(sink::accept);
        return WebhookReceipt.of(events.get().size(), 0);
    }

    private WebhookReceipt confirm(SnsMessage message) {
        if (!http.trusts(message.subscribeUrl())) {
            throw ProblemException.invalid("SubscribeURL", "is not on a trusted SNS host");
        }
        try {
            http.get(message.subscribeUrl());
        } catch (IOException e) {
            LOG.warnf("Cannot confirm the SNS subscription to %s: %s", message.topicArn(), e.getMessage());
            throw new ProblemException(502, "bad-gateway", "Bad gateway", "The SNS subscription could not be confirmed");
        }
        LOG.infof("Confirmed the SNS subscription to %s", message.topicArn());
        return WebhookReceipt.of(0, 1);
    }
}
