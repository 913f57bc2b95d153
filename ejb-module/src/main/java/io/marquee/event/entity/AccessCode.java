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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A code that reveals some of an event's hidden ticket types to whoever knows it. */
@Entity
@Table(name = "access_code")
@NamedQuery(name = AccessCode.OF_EVENT, query = "select a from AccessCode a where a.eventId = :eventId order by a.code")
@NamedQuery(name = AccessCode.BY_CODE, query = "select a from AccessCode a where a.eventId = :eventId and a.code = :code")
public class AccessCode implements Auditable {

    public static final String OF_EVENT = "AccessCode.ofEvent";
    public static final String BY_CODE = "AccessCode.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private long eventId;

    private String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_ticket_type", joinColumns = @JoinColumn(name = "access_code_id"))
    @Column(name = "ticket_type_id")
    private Set<Long> ticketTypeIds = new HashSet<>();

    protected AccessCode() {
    }

    public AccessCode(long eventId, String code, Set<Long> ticketTypeIds) {
        this.eventId = eventId;
        this.code = code.strip();
        this.ticketTypeIds.addAll(ticketTypeIds);
    }

    public boolean reveals(long ticketTypeId) {
        return ticketTypeIds.contains(ticketTypeId);
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

    public Set<Long> getTicketTypeIds() {
        return new TreeSet<>(ticketTypeIds);
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state("eventId", eventId, "code", code, "ticketTypeIds", getTicketTypeIds());
    }
}
