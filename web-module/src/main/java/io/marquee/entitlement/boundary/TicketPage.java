package io.marquee.entitlement.boundary;

import io.marquee.entitlement.control.TicketPages;
import io.marquee.entitlement.entity.TicketStatus;
import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * The ticket page: the event's branding and a countdown while the viewer waits; the page itself
 * (ticket.js) polls the ticket's phase and switches to the player when the event goes live.
 */
@Named
@RequestScoped
public class TicketPage {

    @Inject
    TicketPages tickets;

    @Inject
    Organisers organisers;

    private String token;
    private TicketStatus status;
    private Organiser organiser;

    public void load() throws IOException {
        try {
            status = tickets.status(token);
            organiser = organisers.find(OrganiserAccess.all(), status.organiserId());
        } catch (NotFound unknown) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such ticket");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Organiser getOrganiser() {
        return organiser;
    }
}
