package io.gazette.delivery.bounce;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Stands in until the audience's suppression list is connected: the decision is still recorded on the bounce event
 * ({@code bounce_event.suppressed}), and this logs it. Any other {@link AddressSuppressor} bean replaces it.
 */
@DefaultBean
@ApplicationScoped
public class UnwiredAddressSuppressor implements AddressSuppressor {

    private static final Logger LOG = Logger.getLogger(UnwiredAddressSuppressor.class);

    @Override
    public void suppress(String email, BounceKind kind, String reason) {
        LOG.warnf("Address %s should be suppressed (%s bounce) but no suppression list is connected yet", email, kind);
    }
}
