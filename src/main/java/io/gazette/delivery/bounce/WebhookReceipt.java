package io.gazette.delivery.bounce;

/**
 * What a webhook did with a call.
 *
 * @param accepted bounce events recorded
 * @param ignored  reports that were understood but are not bounces or complaints (deliveries, opens, auto-replies)
 */
public record WebhookReceipt(int accepted, int ignored) {

    public static WebhookReceipt of(int accepted, int ignored) {
        return new WebhookReceipt(accepted, ignored);
    }
}
