package io.marquee.event.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Where an event is in its life. Tickets sell only while it is on sale or live. */
public enum EventStatus {
    DRAFT("draft"),
    ON_SALE("on_sale"),
    LIVE("live"),
    ENDED("ended"),
    CANCELLED("cancelled");

    private final String wireName;

    EventStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** As people read it: "on sale". */
    public String label() {
        return wireName.replace('_', ' ');
    }

    public static Optional<EventStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    public boolean selling() {
        return this == ON_SALE || this == LIVE;
    }

    /** Forward only: an ended or cancelled event stays so; a draft may be cancelled before it sells. */
    public boolean mayBecome(EventStatus next) {
        return switch (this) {
            case DRAFT -> Set.of(ON_SALE, CANCELLED).contains(next);
            case ON_SALE -> Set.of(DRAFT, LIVE, ENDED, CANCELLED).contains(next);
            case LIVE -> Set.of(ENDED, CANCELLED).contains(next);
            case ENDED, CANCELLED -> false;
        };
    }
}
