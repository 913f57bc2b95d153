package io.marquee.media.boundary;

import io.marquee.media.control.ChannelReconciliationSchedule;
import io.marquee.media.control.MediaChannels;
import io.marquee.media.entity.ChannelHistoryEntry;
import io.marquee.media.entity.ChannelSummary;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The console's media channels: each event's channel state and history, provisioning,
 * "reconcile now", and for the organiser the RTMP URL and stream key (masked until revealed).
 */
@Named
@ViewScoped
public class ChannelsPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(ChannelsPage.class.getName());

    @Inject
    transient MediaChannels media;

    @Inject
    transient ChannelReconciliationSchedule reconciliation;

    @Inject
    transient ConsoleAccess access;

    private transient List<ChannelSummary> summaries;
    private Long selectedEventId;
    private transient ChannelSummary selected;
    private transient List<ChannelHistoryEntry> history;
    /** Shown once, in the answer to "reveal"; never kept in the view state. */
    private transient String revealedKey;

    public List<ChannelSummary> getSummaries() {
        if (summaries == null) {
            summaries = media.summaries(access.organisers());
        }
        return summaries;
    }

    public void select(long eventId) {
        selectedEventId = eventId;
        selected = null;
        history = null;
        revealedKey = null;
    }

    public ChannelSummary getSelected() {
        if (selected == null && selectedEventId != null) {
            selected = media.summary(access.organisers(), selectedEventId);
        }
        return selected;
    }

    public List<ChannelHistoryEntry> getHistory() {
        if (history == null && selectedEventId != null) {
            history = media.history(access.organisers(), selectedEventId);
        }
        return history == null ? List.of() : history;
    }

    public String getRevealedKey() {
        return revealedKey;
    }

    public void provision(long eventId) {
        select(eventId);
        act(() -> media.provision(access.organisers(), eventId), "The channel is provisioned.");
    }

    public void reveal() {
        act(() -> revealedKey = media.streamKey(access.organisers(), selectedEventId).key(), null);
    }

    public void rotate() {
        act(() -> media.rotateStreamKey(access.organisers(), selectedEventId),
                "The stream key is new: update it in your broadcasting software.");
        revealedKey = null;
    }

    public void reconcileNow() {
        act(reconciliation::startNow, "Reconciliation started: states and history update when it has run.");
    }

    private void act(Supplier<?> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            if (done != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            }
        } catch (Conflict | NotFound refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        } catch (RuntimeException failed) {
            // an AWS outage or a refusal after the SDK's retries: the page stays usable
            LOG.log(Level.WARNING, "channel action failed", failed);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "MediaLive or MediaPackage did not answer as expected; try again in a minute.", null));
        }
        summaries = null;
        selected = null;
        history = null;
    }
}
