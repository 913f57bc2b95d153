package io.marquee.ordering.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a ticket email says: the order, its event or rented title (times shown in the event's or the
 * organiser's time zone), the organiser's branding, and one Watch link per ticket.
 *
 * @param orderUrl  the buyer's confirmation page, {@code /orders/<reference>}
 * @param startsAt  when the event starts, or the rental was bought
 * @param rentalEnd when a rental stops playing; null for an event's tickets
 */
public record TicketEmail(String recipient, String orderReference, String orderUrl, String organiserName, String brandColor,
                          String accentColor, String title, Instant startsAt, Instant rentalEnd, ZoneId zone,
                          List<Ticket> tickets) {

    public TicketEmail {
        tickets = List.copyOf(tickets);
    }

    public boolean rental() {
        return rentalEnd != null;
    }

    /** One ticket: its id (the unguessable token), its type ("Rental" for a rental), and the page it opens. */
    public record Ticket(String id, String ticketType, String watchUrl) {
    }
}
