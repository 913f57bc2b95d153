package io.marquee.entitlement.entity;

import java.time.Instant;

/**
 * What the ticket page shows and polls: the event, its times and zone, and where the viewer is. For a
 * rental ({@code rental}) the "event" is the rented title and it runs from the purchase
 * ({@code startsAt}) until the rental ends ({@code endsAt}), in the organiser's zone. In the
 * {@link TicketPhase#RECORDING recording} phase {@code recordingUntil} is when the recording stops playing (the
 * grant's end); null otherwise.
 */
public record TicketStatus(boolean rental, String eventId, String eventTitle, String eventDescription, long organiserId,
                           Instant startsAt, Instant endsAt, String timeZone, TicketPhase phase, Instant now,
                           Instant recordingUntil) {
}
