package io.marquee.sales.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.EventStatus;
import io.marquee.event.entity.LiveEvent;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.control.NotFound;
import io.marquee.sales.control.SalesFigures;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The live sales dashboard of one event: the figures as they are when the page opens; the page then
 * listens to {@link LiveSalesStream} and redraws itself with every push (no refresh button).
 * Without an event chosen it shows the one on sale or live that starts first.
 */
@Named
@ViewScoped
public class LiveSalesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Events events;

    @Inject
    transient SalesFigures figures;

    @Inject
    transient ConsoleAccess access;

    private Long eventId;
    private List<LiveEvent> choices = List.of();
    private JsonObject shown;

    public void load() throws IOException {
        choices = events.visible(access.organisers()).stream()
                .sorted(Comparator.comparing((LiveEvent e) -> !selling(e)).thenComparing(LiveEvent::getStartsAt)).toList();
        if (eventId == null && !choices.isEmpty()) {
            eventId = choices.get(0).getId();
        }
        if (eventId == null) {
            return;
        }
        try {
            shown = figures.event(access.organisers(), eventId);
        } catch (NotFound other) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such event");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private static boolean selling(LiveEvent event) {
        return event.getStatus() == EventStatus.ON_SALE || event.getStatus() == EventStatus.LIVE;
    }

    /** The figures the page starts from, for its script. */
    public String getFigures() {
        return shown == null ? "" : shown.toString();
    }

    /** Chart.js: tickets sold per hour (net of refunds); the page's script replaces the data on each push. */
    public String getChart() {
        if (shown == null) {
            return "{}";
        }
        JsonObject hourly = shown.getJsonObject("hourly");
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", hourly.getJsonArray("labels"))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", "Tickets sold per hour").add("data", hourly.getJsonArray("tickets"))
                                .add("borderColor", "#1f2a44").add("backgroundColor", "rgba(245,183,0,0.25)")
                                .add("fill", true).add("tension", 0.25).add("pointRadius", 0))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public boolean isShowing() {
        return shown != null;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public List<LiveEvent> getChoices() {
        return choices;
    }
}
