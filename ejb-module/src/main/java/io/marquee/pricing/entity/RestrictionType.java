package io.marquee.pricing.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a tier restricts. NONE is written as an empty string; the seed's documents also use null and "none". */
public enum RestrictionType {
    NONE(""),
    RESTRICTED("restricted"),
    COMING_SOON("coming-soon"),
    ADJUST_RENTAL_DURATION("adjustRentalDuration");

    private final String wireName;

    RestrictionType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RestrictionType> fromWireName(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("none")) {
            return Optional.of(NONE);
        }
        return Arrays.stream(values()).filter(type -> type.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
