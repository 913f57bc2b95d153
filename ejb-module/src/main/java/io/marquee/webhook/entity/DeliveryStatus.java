package io.marquee.webhook.entity;

/** Where a delivery stands: waiting for its (next) attempt, taken by the receiver, or given up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED;

    public String wireName() {
        return name().toLowerCase();
    }
}
