package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What templates and products share as documents clients write again and again: a surrogate id,
 * when they were created and last written, and a version that refuses a concurrent write.
 */
@MappedSuperclass
public abstract class Revised {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected Revised() {
    }

    protected Revised(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    protected void revisedAt(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** A write in the transaction that created it, rather than a later revision. */
    public boolean isNew() {
        return createdAt.equals(updatedAt);
    }

    public int getVersion() {
        return version;
    }

    public String auditId() {
        return String.valueOf(id);
    }
}
