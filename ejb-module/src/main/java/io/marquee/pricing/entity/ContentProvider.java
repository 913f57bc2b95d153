package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A studio or distributor whose titles an organiser sells, known by the provider's own id. */
@Entity
@Table(name = "content_provider")
public class ContentProvider {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organiser_id")
    private long organiserId;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected ContentProvider() {
    }

    public ContentProvider(long organiserId, String externalId) {
        this.organiserId = organiserId;
        this.externalId = externalId;
    }

    public Long getId() {
        return id;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public String getExternalId() {
        return externalId;
    }
}
