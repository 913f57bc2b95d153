package io.marquee.webhook.entity;

import io.marquee.platform.entity.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A partner's URL that receives its organisers' sales facts, signed with a secret only it and Marquee know. */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = WebhookSubscription.BY_PUBLIC_ID, query = "select s from WebhookSubscription s where s.publicId = :publicId")
public class WebhookSubscription implements Auditable {

    public static final String BY_PUBLIC_ID = "WebhookSubscription.byPublicId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id")
    private String publicId;

    @Column(name = "partner_id")
    private long partnerId;

    private String url;

    /** Never leaves the control layer but to sign; never audited. */
    @Column(name = "secret_sealed")
    private String secretSealed;

    private String kinds;

    private boolean active = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String publicId, long partnerId, String url, List<String> kinds, String createdBy) {
        this.publicId = publicId;
        this.partnerId = partnerId;
        this.url = url;
        this.kinds = String.join(",", kinds);
        this.createdBy = createdBy;
    }

    /** The context a secret is sealed for: a sealed secret copied to another subscription does not open. */
    public String secretContext() {
        return "webhook-subscription:" + publicId;
    }

    public void sealSecret(String sealed) {
        this.secretSealed = sealed;
    }

    public void deactivate() {
        active = false;
    }

    @Override
    public String auditId() {
        return publicId;
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state("partnerId", partnerId, "url", url, "kinds", kinds, "active", active);
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getUrl() {
        return url;
    }

    public String getSecretSealed() {
        return secretSealed;
    }

    public List<String> getKinds() {
        return Arrays.asList(kinds.split(","));
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
