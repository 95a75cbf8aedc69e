package io.gazette.audience;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An address that is never mailed, whatever list it is on and even after its subscriber is erased. */
@Entity
@Table(name = "suppression")
public class Suppression extends PanacheEntityBase {

    @Id
    @Column(length = 320)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SuppressionReason reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
