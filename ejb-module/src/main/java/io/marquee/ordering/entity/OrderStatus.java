package io.marquee.ordering.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an order is: a reservation holds capacity until it is paid (confirmed), cancelled or
 * expired; a confirmed order becomes refunded when all its money went back.
 */
public enum OrderStatus {
    RESERVED("reserved"),
    CONFIRMED("confirmed"),
    CANCELLED("cancelled"),
    EXPIRED("expired"),
    REFUNDED("refunded");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<OrderStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    /** A reservation still holds capacity and promo use; nothing else does. */
    public boolean holds() {
        return this == RESERVED;
    }
}
