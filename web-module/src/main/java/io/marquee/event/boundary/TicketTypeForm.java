package io.marquee.event.boundary;

import io.marquee.event.entity.TicketType;
import io.marquee.event.entity.TicketTypeDraft;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The console's ticket type editor: a new ticket type (no id) or an existing one; times in the event's zone. */
public class TicketTypeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private String description;
    private Integer capacity;
    private Integer maxPerOrder = 10;
    private LocalDateTime saleStartsAt;
    private LocalDateTime saleEndsAt;
    private boolean hidden;
    private Integer streamLimit = 2;
    private List<PriceRow> prices = new ArrayList<>(List.of(new PriceRow()));

    static TicketTypeForm of(TicketType type, String zone) {
        TicketTypeForm form = new TicketTypeForm();
        form.id = type.getId();
        form.name = type.getName();
        form.description = type.getDescription();
        form.capacity = type.getCapacity();
        form.maxPerOrder = type.getMaxPerOrder();
        form.saleStartsAt = EventTime.local(type.getSaleStartsAt(), zone);
        form.saleEndsAt = EventTime.local(type.getSaleEndsAt(), zone);
        form.hidden = type.isHidden();
        form.streamLimit = type.getStreamLimit();
        form.prices = PriceRow.of(type.getPrices());
        return form;
    }

    TicketTypeDraft draft(String zone) {
        return new TicketTypeDraft(name, description, capacity, maxPerOrder, EventTime.instant(saleStartsAt, zone),
                EventTime.instant(saleEndsAt, zone), hidden, streamLimit, PriceRow.amounts(prices));
    }

    public boolean isAdded() {
        return id == null;
    }

    public void addPrice() {
        prices.add(new PriceRow());
    }

    public void removePrice(int index) {
        prices.remove(index);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getMaxPerOrder() {
        return maxPerOrder;
    }

    public void setMaxPerOrder(Integer maxPerOrder) {
        this.maxPerOrder = maxPerOrder;
    }

    public LocalDateTime getSaleStartsAt() {
        return saleStartsAt;
    }

    public void setSaleStartsAt(LocalDateTime saleStartsAt) {
        this.saleStartsAt = saleStartsAt;
    }

    public LocalDateTime getSaleEndsAt() {
        return saleEndsAt;
    }

    public void setSaleEndsAt(LocalDateTime saleEndsAt) {
        this.saleEndsAt = saleEndsAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public Integer getStreamLimit() {
        return streamLimit;
    }

    public void setStreamLimit(Integer streamLimit) {
        this.streamLimit = streamLimit;
    }

    public List<PriceRow> getPrices() {
        return prices;
    }
}
