package io.marquee.ordering.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a ticket email says: the order, its event (shown in the event's time zone), the organiser's
 * branding, and one Watch link per ticket.
 */
public record TicketEmail(String recipient, String orderReference, String organiserName, String brandColor,
                          String accentColor, String eventTitle, Instant startsAt, ZoneId zone, List<Ticket> tickets) {

    public TicketEmail {
        tickets = List.copyOf(tickets);
    }

    /** One ticket: its id (the unguessable token), its type, and the page it opens. */
    public record Ticket(String id, String ticketType, String watchUrl) {
    }
}
