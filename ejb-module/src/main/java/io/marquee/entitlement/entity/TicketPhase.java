package io.marquee.entitlement.entity;

import io.marquee.event.entity.EventStatus;

import java.time.Instant;

/** Where a ticket holder is: waiting for the start, watching, after the end (of the event or the rental), or shut out. */
public enum TicketPhase {
    WAITING("waiting"),
    LIVE("live"),
    ENDED("ended"),
    CANCELLED("cancelled"),
    /** A rental whose time is up. */
    EXPIRED("expired"),
    REVOKED("revoked");

    private final String wireName;

    TicketPhase(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * The phase at {@code now}: an organiser who goes live early switches viewers to the player too;
     * a cancelled event or a refunded ticket shows its message whatever the time.
     */
    public static TicketPhase at(Instant now, Instant startsAt, Instant endsAt, EventStatus status, boolean revoked) {
        if (revoked) {
            return REVOKED;
        }
        if (status == EventStatus.CANCELLED) {
            return CANCELLED;
        }
        if (status == EventStatus.ENDED || !now.isBefore(endsAt)) {
            return ENDED;
        }
        return status == EventStatus.LIVE || !now.isBefore(startsAt) ? LIVE : WAITING;
    }

    /** A rental plays from its purchase until its end, unless it was refunded. */
    public static TicketPhase ofRental(Instant now, Instant validFrom, Instant validUntil, boolean revoked) {
        if (revoked) {
            return REVOKED;
        }
        if (now.isBefore(validFrom)) {
            return WAITING;
        }
        return now.isBefore(validUntil) ? LIVE : EXPIRED;
    }
}
