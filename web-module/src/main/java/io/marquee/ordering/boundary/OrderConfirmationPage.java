package io.marquee.ordering.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.TicketType;
import io.marquee.ordering.control.Orders;
import io.marquee.ordering.entity.CustomerOrder;
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
 * capability (unguessable, in the link the buyer got). Shows the order, its tickets and their links.
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

    private String publicId;
    private CustomerOrder order;
    private LiveEvent event;
    private Organiser organiser;
    private List<Ticket> tickets = List.of();

    public void load() throws IOException {
        try {
            order = orders.find(Orders.forBuyer(), publicId);
            tickets = orders.tickets(Orders.forBuyer(), publicId);
            event = events.find(Orders.forBuyer(), order.getEventId());
            organiser = organisers.branding(event.getOrganiserId());
        } catch (NotFound | NullPointerException missing) {
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

    public Organiser getOrganiser() {
        return organiser;
    }

    public List<Ticket> getTickets() {
        return tickets;
    }
}
