package io.marquee.entitlement.entity;

import java.time.Instant;

/** What the ticket page shows and polls: the event, its times and zone, and where the viewer is. */
public record TicketStatus(String eventId, String eventTitle, String eventDescription, long organiserId,
                           Instant startsAt, Instant endsAt, String timeZone, TicketPhase phase, Instant now) {
}
