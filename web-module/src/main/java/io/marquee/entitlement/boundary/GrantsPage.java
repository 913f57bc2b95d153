package io.marquee.entitlement.boundary;

import io.marquee.entitlement.control.Grants;
import io.marquee.entitlement.control.StreamSessions;
import io.marquee.entitlement.entity.GrantRow;
import io.marquee.entitlement.entity.PlayingDevice;
import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** Console: viewers' grants by email or order, revoking one, and the devices playing an event now. */
@Named
@ViewScoped
public class GrantsPage implements Serializable {

    @Inject
    transient Grants grants;

    @Inject
    transient StreamSessions sessions;

    @Inject
    transient Events events;

    @Inject
    transient ConsoleAccess access;

    private String viewerEmail;
    private String orderReference;
    private String reason;
    private Long eventId;
    private List<GrantRow> rows;

    public void search() {
        rows = grants.search(access.organisers(), viewerEmail, orderReference);
    }

    public List<GrantRow> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public void revoke(long grantId) {
        try {
            grants.revoke(access.organisers(), grantId, reason);
            ConsoleMessages.info("Grant " + grantId + " revoked: it stops playing at the next heartbeat.");
            reason = null;
            search();
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, field -> Optional.of("grants:reason"));
        } catch (NotFound gone) {
            ConsoleMessages.error("That grant is revoked already or not yours to revoke.");
        }
    }

    public List<LiveEvent> getEvents() {
        return events.visible(access.organisers());
    }

    public List<PlayingDevice> getPlaying() {
        return eventId == null ? List.of() : sessions.playing(access.organisers(), eventId);
    }

    public String getViewerEmail() {
        return viewerEmail;
    }

    public void setViewerEmail(String viewerEmail) {
        this.viewerEmail = viewerEmail;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(String orderReference) {
        this.orderReference = orderReference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }
}
