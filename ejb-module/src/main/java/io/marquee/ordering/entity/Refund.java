package io.marquee.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** Money paid back on an order (all of it or a part), as the provider confirmed it. */
@Entity
@Table(name = "refund")
@NamedQuery(name = Refund.OF_ORDER, query = "select r from Refund r where r.orderId = :orderId order by r.id")
public class Refund {

    public static final String OF_ORDER = "Refund.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    private BigDecimal amount;

    private String reason;

    @Column(name = "provider_ref")
    private String providerRef;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected Refund() {
    }

    public Refund(long orderId, BigDecimal amount, String reason, String providerRef, String createdBy) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a refund is above zero");
        }
        this.orderId = orderId;
        this.amount = amount;
        this.reason = reason;
        this.providerRef = providerRef;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public String getProviderRef() {
        return providerRef;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
