package io.gazette.audience;

import io.gazette.delivery.bounce.AddressSuppressor;
import io.gazette.delivery.bounce.BounceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.gazette.shared.validation.CanonicalMailbox;

/**
 * Connects delivery's bounce handling to the suppression list: a hard bounce, a complaint, or too many soft bounces
 * stop all mail to the address, on every list. Runs in the transaction that records the bounce.
 */
@ApplicationScoped
public class BounceSuppressor implements AddressSuppressor {

    private final SubscriberDirectory directory;

    public BounceSuppressor(SubscriberDirectory directory) {
        this.directory = directory;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void suppress(String email, BounceKind kind, String reason) {
        String address = CanonicalMailbox.orLowerCase(email);
        directory.suppress(address, switch (kind) {
            case HARD -> SuppressionReason.HARD_BOUNCE;
            case SOFT -> SuppressionReason.SOFT_BOUNCES;
            case COMPLAINT -> SuppressionReason.COMPLAINT;
        });
    }
}
