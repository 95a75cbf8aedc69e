package io.gazette.audience.imports;

import io.gazette.audience.SubscriptionStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One CSV import: its options and its progress, kept in the database so any instance can report on it. The worker
 * adds to the counters with SQL while other requests change other columns, so updates name only what changed.
 */
@Entity
@DynamicUpdate
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscription_status", length = 16)
    public SubscriptionStatus subscriptionStatus;

    @Column(nullable = false)
    public boolean overwrite;

    @Column(name = "delimiter_char", nullable = false, length = 1)
    public String delimiter;

    @Column(name = "file_name", length = 255)
    public String fileName;

    @Column(name = "file_bytes", nullable = false)
    public long fileBytes;

    /** Bytes of the upload read so far; chunks are applied in file order, so this only grows. */
    @Column(name = "bytes_read", nullable = false)
    public long bytesRead;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(name = "rows_imported", nullable = false)
    public long rowsImported;

    /** Of {@link #rowsImported}, the rows that created a subscriber; the others updated a known one. */
    @Column(name = "rows_created", nullable = false)
    public long rowsCreated;

    @Column(name = "rows_skipped", nullable = false)
    public long rowsSkipped;

    @Column(name = "rows_failed", nullable = false)
    public long rowsFailed;

    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;

    @Column(length = 1000)
    public String failure;

    @Column(name = "created_by", length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_job_list", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "list_id", nullable = false)
    public Set<Long> listIds = new HashSet<>();
}
