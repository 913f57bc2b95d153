package io.marquee.entitlement.entity;

import io.marquee.platform.entity.Auditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A grant: one viewer's right to play one event or one title, with its rights, from and until when,
 * and how many devices may play at once. Written by SQL in {@code Grants}; read here.
 */
@Entity
@Table(name = "entitlement")
@NamedQuery(name = Entitlement.OF_VIEWER, query = "select g from Entitlement g where lower(g.viewerEmail) = :email "
        + "order by g.validFrom desc")
public class Entitlement implements Auditable {

    public static final String OF_VIEWER = "Entitlement.ofViewer";

    @Id
    private Long id;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "viewer_email")
    private String viewerEmail;

    private String rights;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "stream_limit")
    private int streamLimit;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason")
    private String revokeReason;

    protected Entitlement() {
    }

    /** Whether it lets its viewer play at {@code at}, and if not, why not. */
    public Playability playabilityAt(Instant at) {
        if (revokedAt != null) {
            return Playability.REVOKED;
        }
        if (at.isBefore(validFrom)) {
            return Playability.NOT_YET;
        }
        return at.isBefore(validUntil) ? Playability.PLAYABLE : Playability.EXPIRED;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getProductId() {
        return productId;
    }

    public String getViewerEmail() {
        return viewerEmail;
    }

    public List<String> rights() {
        return rights == null || rights.isBlank() ? List.of() : Arrays.asList(rights.split(","));
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public int getStreamLimit() {
        return streamLimit;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "viewerEmail", viewerEmail,
                "orderId", orderId,
                "eventId", eventId,
                "valid", validFrom + " .. " + validUntil,
                "revokedAt", revokedAt,
                "revokeReason", revokeReason);
    }
}
