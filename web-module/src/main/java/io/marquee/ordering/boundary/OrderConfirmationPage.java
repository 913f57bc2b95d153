package io.marquee.ordering.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.TicketType;
import io.marquee.ordering.control.Orders;
import io.marquee.ordering.control.Rentals;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.RentalSummary;
import io.marquee.ordering.entity.Ticket;
import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.control.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/**
 * The buyer's confirmation, {@code /orders/<publicId>}: the order's public id is the buyer's
 * capability (unguessable, in the link the buyer got). Shows the order, its tickets and their links;
 * for a rental, the title, the price paid, the window it plays in and its Watch link.
 */
@Named
@RequestScoped
public class OrderConfirmationPage {

    @Inject
    Orders orders;

    @Inject
    Events events;

    @Inject
    Organisers organisers;

    @Inject
    Rentals rentals;

    private String publicId;
    private CustomerOrder order;
    private LiveEvent event;
    private Organiser organiser;
    private RentalSummary rental;
    private List<Ticket> tickets = List.of();

    public void load() throws IOException {
        try {
            order = orders.find(Orders.forBuyer(), publicId);
            tickets = orders.tickets(Orders.forBuyer(), publicId);
            if (order.getProductId() != null) {
                rental = rentals.summary(order);
            } else {
                event = events.find(Orders.forBuyer(), order.getEventId());
            }
            organiser = organisers.branding(order.getOrganiserId());
        } catch (NotFound missing) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such order");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String ticketTypeName(long ticketTypeId) {
        return event.ticketType(ticketTypeId).map(TicketType::getName).orElse("");
    }

    public String getPublicId() {
        return publicId;
    }

    public void setPublicId(String publicId) {
        this.publicId = publicId;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public LiveEvent getEvent() {
        return event;
    }

    /** The rental's title and window; null for tickets. */
    public RentalSummary getRental() {
        return rental;
    }

    /** The rental's one ticket while it plays (not refunded): its token opens the player. */
    public String getWatchToken() {
        return rental == null || rental.revoked() ? null : tickets.stream().filter(t -> "valid".equals(t.getStatus()))
                .map(Ticket::getToken).findFirst().orElse(null);
    }

    public Organiser getOrganiser() {
        return organiser;
    }

    public List<Ticket> getTickets() {
        return tickets;
    }
}
