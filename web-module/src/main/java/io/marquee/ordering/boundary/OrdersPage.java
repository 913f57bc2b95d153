package io.marquee.ordering.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.ordering.control.OrderSearch;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.OrderStatus;
import io.marquee.platform.boundary.ConsoleAccess;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds orders by the buyer's email, the order reference, the event and the status; the newest first. */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient OrderSearch search;

    @Inject
    transient Events events;

    @Inject
    transient ConsoleAccess access;

    private String email;
    private String reference;
    private Long eventId;
    private String status;
    private List<CustomerOrder> found;
    private Map<Long, String> eventTitles;

    @PostConstruct
    void load() {
        eventTitles = events.visible(access.organisers()).stream()
                .collect(Collectors.toMap(LiveEvent::getId, LiveEvent::getTitle));
        find();
    }

    public void find() {
        found = search.find(access.organisers(), new OrderSearch.Criteria(email, reference, eventId,
                status == null ? null : OrderStatus.fromWireName(status).orElse(null)), SHOWN);
    }

    public String eventTitle(CustomerOrder order) {
        return eventTitles.getOrDefault(order.getEventId(), "");
    }

    public Map<Long, String> getEventTitles() {
        return eventTitles;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public List<CustomerOrder> getFound() {
        return found;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
