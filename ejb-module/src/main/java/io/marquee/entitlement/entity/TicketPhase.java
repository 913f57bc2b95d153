package io.marquee.entitlement.entity;

import io.marquee.event.entity.EventStatus;

import java.time.Instant;

/**
 * Where a ticket holder is: waiting for the start, watching, watching the recording after the end, after the end
 * (of the event or the rental), or shut out.
 */
public enum TicketPhase {
    WAITING("waiting"),
    LIVE("live"),
    /** After the event's end, with its recording attached and the grant still valid: the page plays the recording. */
    RECORDING("recording"),
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
     * a cancelled event or a refunded ticket shows its message whatever the time. After the end the
     * recording plays while the grant does ({@code recordingUntil}, its end; null without a recording).
     */
    public static TicketPhase at(Instant now, Instant startsAt, Instant endsAt, EventStatus status, boolean revoked,
                                 Instant recordingUntil) {
        if (revoked) {
            return REVOKED;
        }
        if (status == EventStatus.CANCELLED) {
            return CANCELLED;
        }
        if (over(now, endsAt, status)) {
            return recordingUntil != null && now.isBefore(recordingUntil) ? RECORDING : ENDED;
        }
        return status == EventStatus.LIVE || !now.isBefore(startsAt) ? LIVE : WAITING;
    }

    /** An event is over at its end, or earlier when its organiser marked it ended. */
    public static boolean over(Instant now, Instant endsAt, EventStatus status) {
        return status == EventStatus.ENDED || !now.isBefore(endsAt);
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
