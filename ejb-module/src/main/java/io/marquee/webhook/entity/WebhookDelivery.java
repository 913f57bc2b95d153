package io.marquee.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One fact on its way to one subscription: its attempts so far and when the next is due. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id")
    private long subscriptionId;

    @Column(name = "fact_seq")
    private long factSeq;

    private DeliveryStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    /** The receiver answered 2xx. */
    public void delivered(int statusCode, Instant at) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        lastStatus = statusCode;
        lastError = null;
        deliveredAt = at;
    }

    /** The attempt failed: try again at {@code next}, or give up when {@code next} is null. */
    public void attemptFailed(Integer statusCode, String error, Instant next) {
        attempts++;
        lastStatus = statusCode;
        lastError = error;
        if (next == null) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    /** Send again now, whatever happened before (the console's and the API's redelivery). */
    public void redeliver(Instant now) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

    public long getFactSeq() {
        return factSeq;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
