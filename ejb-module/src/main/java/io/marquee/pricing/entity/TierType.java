package io.marquee.pricing.entity;

import java.util.Arrays;
import java.util.Optional;

/** Precedent tiers are relative to the product's offer start; Absolute tiers have fixed dates and override them. */
public enum TierType {
    PRECEDENT("Precedent"),
    ABSOLUTE("Absolute");

    private final String wireName;

    TierType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TierType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
