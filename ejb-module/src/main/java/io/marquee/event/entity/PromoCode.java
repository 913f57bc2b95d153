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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A discount for an event: a percentage, or a fixed amount per currency off each ticket. Like
 * {@link TicketType#getTaken()}, {@code used} is counted by guarded SQL in ordering, not here.
 */
@Entity
@Table(name = "promo_code")
@NamedQuery(name = PromoCode.OF_EVENT, query = "select p from PromoCode p where p.eventId = :eventId order by p.code")
@NamedQuery(name = PromoCode.BY_CODE, query = "select p from PromoCode p where p.eventId = :eventId and p.code = :code")
public class PromoCode implements Auditable {

    public static final String OF_EVENT = "PromoCode.ofEvent";
    public static final String BY_CODE = "PromoCode.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private long eventId;

    private String code;

    @Column(name = "percent_off")
    private BigDecimal percentOff;

    @Column(name = "usage_cap")
    private Integer usageCap;

    @Column(insertable = false, updatable = false)
    private int used;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promo_amount", joinColumns = @JoinColumn(name = "promo_code_id"))
    @MapKeyColumn(name = "currency")
    @Column(name = "amount")
    private Map<String, BigDecimal> amountsOff = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promo_ticket_type", joinColumns = @JoinColumn(name = "promo_code_id"))
    @Column(name = "ticket_type_id")
    private Set<Long> ticketTypeIds = new HashSet<>();

    protected PromoCode() {
    }

    public PromoCode(long eventId, PromoCodeDraft draft) {
        this.eventId = eventId;
        write(draft);
    }

    public void write(PromoCodeDraft draft) {
        this.code = draft.code().strip();
        this.percentOff = draft.percentOff();
        this.usageCap = draft.usageCap();
        this.validFrom = draft.validFrom();
        this.validUntil = draft.validUntil();
        this.amountsOff.clear();
        this.amountsOff.putAll(draft.amountsOff());
        this.ticketTypeIds.clear();
        this.ticketTypeIds.addAll(draft.ticketTypeIds());
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    public boolean appliesTo(long ticketTypeId) {
        return ticketTypeIds.isEmpty() || ticketTypeIds.contains(ticketTypeId);
    }

    public Optional<BigDecimal> amountOff(String currency) {
        return Optional.ofNullable(amountsOff.get(currency));
    }

    public boolean usedUp() {
        return usageCap != null && used >= usageCap;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getPercentOff() {
        return percentOff;
    }

    public Map<String, BigDecimal> getAmountsOff() {
        return new TreeMap<>(amountsOff);
    }

    public Integer getUsageCap() {
        return usageCap;
    }

    public int getUsed() {
        return used;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Set<Long> getTicketTypeIds() {
        return new TreeSet<>(ticketTypeIds);
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "eventId", eventId,
                "code", code,
                "percentOff", percentOff,
                "amountsOff", getAmountsOff(),
                "usageCap", usageCap,
                "valid", validFrom + " .. " + validUntil,
                "ticketTypeIds", getTicketTypeIds());
    }
}
