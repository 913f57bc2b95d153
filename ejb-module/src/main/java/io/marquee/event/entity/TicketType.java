package io.marquee.event.entity;

import io.marquee.platform.entity.Auditable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A kind of PPV ticket for an event. {@code taken} (held by open reservations plus sold) is
 * changed only by the ordering capability's guarded SQL, never through this entity: it is read-only
 * here, so a console edit can never write back a stale count.
 */
@Entity
@Table(name = "ticket_type")
public class TicketType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private LiveEvent event;

    private String name;

    private String description;

    private int capacity;

    @Column(insertable = false, updatable = false)
    private int taken;

    @Column(name = "max_per_order")
    private int maxPerOrder;

    @Column(name = "sale_starts_at")
    private Instant saleStartsAt;

    @Column(name = "sale_ends_at")
    private Instant saleEndsAt;

    private boolean hidden;

    @Column(name = "stream_limit")
    private int streamLimit;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ticket_price", joinColumns = @JoinColumn(name = "ticket_type_id"))
    @MapKeyColumn(name = "currency")
    @Column(name = "amount")
    private Map<String, BigDecimal> prices = new HashMap<>();

    protected TicketType() {
    }

    TicketType(LiveEvent event, TicketTypeDraft draft) {
        this.event = event;
        write(draft);
    }

    public void write(TicketTypeDraft draft) {
        this.name = draft.name().strip();
        this.description = draft.description();
        this.capacity = draft.capacity();
        this.maxPerOrder = draft.maxPerOrder();
        this.saleStartsAt = draft.saleStartsAt();
        this.saleEndsAt = draft.saleEndsAt();
        this.hidden = draft.hidden();
        this.streamLimit = draft.streamLimit();
        this.prices.clear();
        this.prices.putAll(draft.prices());
    }

    public boolean onSaleAt(Instant at) {
        return !at.isBefore(saleStartsAt) && at.isBefore(saleEndsAt);
    }

    /** Buyers can order it now: the event sells and the ticket type's sale window is open. */
    public boolean sellingAt(Instant at) {
        return event.getStatus().selling() && onSaleAt(at);
    }

    public Optional<BigDecimal> price(String currency) {
        return Optional.ofNullable(prices.get(currency));
    }

    public Long getId() {
        return id;
    }

    public LiveEvent getEvent() {
        return event;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getCapacity() {
        return capacity;
    }

    /** As read with the entity: a snapshot, not a guard. */
    public int getTaken() {
        return taken;
    }

    public int getAvailable() {
        return Math.max(0, capacity - taken);
    }

    public int getMaxPerOrder() {
        return maxPerOrder;
    }

    public Instant getSaleStartsAt() {
        return saleStartsAt;
    }

    public Instant getSaleEndsAt() {
        return saleEndsAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public int getStreamLimit() {
        return streamLimit;
    }

    /** Currency code to gross price, sorted by currency. */
    public Map<String, BigDecimal> getPrices() {
        return new TreeMap<>(prices);
    }

    public TicketTypeDraft draft() {
        return new TicketTypeDraft(name, description, capacity, maxPerOrder, saleStartsAt, saleEndsAt, hidden,
                streamLimit, getPrices());
    }

    Map<String, Object> auditState() {
        return Auditable.state(
                "id", id,
                "name", name,
                "capacity", capacity,
                "maxPerOrder", maxPerOrder,
                "sale", saleStartsAt + " .. " + saleEndsAt,
                "hidden", hidden,
                "streamLimit", streamLimit,
                "prices", getPrices());
    }
}
