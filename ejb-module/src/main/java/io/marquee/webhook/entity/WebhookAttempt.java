package io.marquee.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One try at a delivery, as the delivery log shows it: when, what the receiver answered, how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id")
    private long deliveryId;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    private String error;

    @Column(name = "duration_ms")
    private int durationMillis;

    protected WebhookAttempt() {
    }

    public WebhookAttempt(long deliveryId, Instant attemptedAt, Integer statusCode, String error, int durationMillis) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error;
        this.durationMillis = durationMillis;
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getError() {
        return error;
    }

    public int getDurationMillis() {
        return durationMillis;
    }
}
