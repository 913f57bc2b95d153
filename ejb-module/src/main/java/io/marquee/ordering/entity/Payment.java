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

/** One attempt to pay an order at a provider; {@code providerRef} is how the provider's webhook names it. */
@Entity
@Table(name = "payment")
@NamedQuery(name = Payment.BY_PROVIDER_REF, query = "select p from Payment p where p.provider = :provider "
        + "and p.providerRef = :ref")
@NamedQuery(name = Payment.OF_ORDER, query = "select p from Payment p where p.orderId = :orderId order by p.id")
public class Payment {

    public static final String BY_PROVIDER_REF = "Payment.byProviderRef";
    public static final String OF_ORDER = "Payment.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    private String provider;

    @Column(name = "provider_ref")
    private String providerRef;

    private BigDecimal amount;

    private String currency;

    private PaymentStatus status;

    private String failure;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Payment() {
    }

    public Payment(CustomerOrder order, String provider, String providerRef, PaymentStatus status, String failure,
                   Instant now) {
        this.orderId = order.getId();
        this.provider = provider;
        this.providerRef = providerRef;
        this.amount = order.getTotal();
        this.currency = order.getCurrency();
        this.status = status;
        this.failure = failure;
        this.updatedAt = now;
    }

    /** Captured once: a second capture of the same payment is a no-op for the caller to see. */
    public void captured(Instant now) {
        if (status != PaymentStatus.AUTHORISED) {
            throw new IllegalStateException("a " + status.wireName() + " payment cannot be captured");
        }
        status = PaymentStatus.CAPTURED;
        updatedAt = now;
    }

    /** The money came but the order could not take it (its hold ended first): it was paid back. */
    public void returned(String why, Instant now) {
        status = PaymentStatus.FAILED;
        failure = why;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getProvider() {
        return provider;
    }

    public String getProviderRef() {
        return providerRef;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
