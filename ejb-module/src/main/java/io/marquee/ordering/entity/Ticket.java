package io.marquee.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One admission to an event's stream or to a rented title; its unguessable token opens the ticket page. */
@Entity
@Table(name = "ticket")
@NamedQuery(name = Ticket.OF_ORDER, query = "select t from Ticket t where t.orderId = :orderId order by t.id")
public class Ticket {

    public static final String OF_ORDER = "Ticket.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String token;

    @Column(name = "order_id")
    private long orderId;

    /** Null for a rental's ticket. */
    @Column(name = "ticket_type_id")
    private Long ticketTypeId;

    private String status = "valid";

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Ticket() {
    }

    /** @param ticketTypeId null for a rental */
    public Ticket(String token, long orderId, Long ticketTypeId) {
        this.token = token;
        this.orderId = orderId;
        this.ticketTypeId = ticketTypeId;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            status = "revoked";
            revokedAt = now;
        }
    }

    public boolean isValid() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public long getOrderId() {
        return orderId;
    }

    public Long getTicketTypeId() {
        return ticketTypeId;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
