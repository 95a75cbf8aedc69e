package io.gazette.audience;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One person, known by a normalised address; what they receive is in their {@link Subscription}s. */
@Entity
@Table(name = "subscriber")
public class Subscriber extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 320)
    public String email;

    @Column(length = 200)
    public String name;

    /** A JSON object as text. */
    @Column(length = 4000)
    public String attributes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SubscriberStatus status;

    /** Where the subscriber came from, e.g. {@code form:weekly}, {@code import:12}, {@code api}. */
    @Column(nullable = false, length = 100)
    public String source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isBlocklisted() {
        return status == SubscriberStatus.BLOCKLISTED;
    }

    public static Optional<Subscriber> findByEmail(String normalisedEmail) {
        return find("email", normalisedEmail).firstResultOptional();
    }
}
