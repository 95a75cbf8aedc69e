package io.gazette.delivery.bounce;

import io.gazette.delivery.DeliveryConfig;
import io.gazette.shared.validation.CanonicalMailbox;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The {@link BounceSink}: stores each event, counts the address's recent soft bounces, and hands the address to the
 * {@link AddressSuppressor} when the {@link SuppressionPolicy} says so, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class BounceService implements BounceSink {

    private final Clock clock;
    private final DeliveryConfig.Bounces config;
    private final SuppressionPolicy policy;
    private final AddressSuppressor suppressor;

    public BounceService(Clock clock, DeliveryConfig config, AddressSuppressor suppressor) {
        this.clock = clock;
        this.config = config.bounces();
        this.policy = new SuppressionPolicy(this.config.softBounceLimit());
        this.suppressor = suppressor;
    }

    @Override
    public void accept(BounceEvent event) {
        Instant now = clock.instant();
        String email = normalize(event.email());
        long softBounces = 0;
        if (event.kind() == BounceKind.SOFT) {
            softBounces = 1 + RecordedBounce.count("email = ?1 and kind = ?2 and occurredAt >= ?3",
                    email, BounceKind.SOFT, now.minus(config.softBouncePeriod()));
        }
        RecordedBounce row = new RecordedBounce();
        row.email = email;
        row.kind = event.kind();
        row.reason = truncate(event.reason());
        row.source = event.source();
        // Databases keep microseconds; cutting here makes what is stored what the caller sees, on H2 and PostgreSQL alike.
        row.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
        row.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
        row.suppressed = policy.suppresses(event.kind(), softBounces);
        row.persist();
        if (row.suppressed) {
            suppressor.suppress(email, event.kind(), row.reason);
        }
    }

    /** The address's recorded events, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BounceView> history(String email) {
        return RecordedBounce.<RecordedBounce>list("email", Sort.descending("occurredAt", "id"), normalize(email))
                .stream().map(BounceView::of).toList();
    }

    static String normalize(String email) {
        return CanonicalMailbox.orLowerCase(email);
    }

    private static String truncate(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String text = reason.strip();
        return text.length() <= RecordedBounce.REASON_LENGTH ? text : text.substring(0, RecordedBounce.REASON_LENGTH);
    }
}
