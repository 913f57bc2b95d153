package io.marquee.sales.entity;

/** What happened to an order; the wire name is what the stream and the webhooks send. */
public enum SalesFactKind {
    RESERVATION, SALE, REFUND;

    public String wireName() {
        return name().toLowerCase();
    }

    public static SalesFactKind ofWireName(String name) {
        return valueOf(name.toUpperCase());
    }
}
