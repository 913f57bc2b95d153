package io.marquee.organiser.entity;

import io.marquee.platform.entity.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Map;

/** A tenant that sells events and titles. */
@Entity
@NamedQuery(name = Organiser.ALL, query = "select o from Organiser o order by o.name")
@NamedQuery(name = Organiser.BY_IDS, query = "select o from Organiser o where o.id in :ids order by o.name")
public class Organiser implements Auditable {

    public static final String ALL = "Organiser.all";
    public static final String BY_IDS = "Organiser.byIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String slug;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "time_zone")
    private String timeZone = "UTC";

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Organiser() {
    }

    public Organiser(String name, String slug, String contactEmail, String timeZone) {
        this.name = name;
        this.slug = slug;
        this.contactEmail = contactEmail;
        this.timeZone = timeZone;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "name", name,
                "slug", slug,
                "contactEmail", contactEmail,
                "timeZone", timeZone);
    }
}
