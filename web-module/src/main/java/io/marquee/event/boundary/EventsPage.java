package io.marquee.event.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.boundary.ConsoleAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The events the console user may see, newest start first, with their organiser. */
@Named
@RequestScoped
public class EventsPage {

    @Inject
    Events events;

    @Inject
    Organisers organisers;

    @Inject
    ConsoleAccess access;

    private List<LiveEvent> visible;
    private Map<Long, String> organiserNames;

    @PostConstruct
    void load() {
        visible = events.visible(access.organisers());
        organiserNames = organisers.visible(access.organisers()).stream()
                .collect(Collectors.toMap(Organiser::getId, Organiser::getName));
    }

    public List<LiveEvent> getEvents() {
        return visible;
    }

    public String organiserOf(LiveEvent event) {
        return organiserNames.getOrDefault(event.getOrganiserId(), "");
    }
}
