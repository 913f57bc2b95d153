package io.marquee.ordering.entity;

import java.util.Arrays;
import java.util.Optional;

/** A payment attempt at the provider: authorised (maybe waiting for the buyer), captured, or not. */
public enum PaymentStatus {
    PENDING("pending"),
    AUTHORISED("authorised"),
    CAPTURED("captured"),
    DECLINED("declined"),
    FAILED("failed");

    private final String wireName;

    PaymentStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<PaymentStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
