package io.marquee.event.entity;

import io.marquee.platform.entity.Auditable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A live broadcast an organiser sells PPV tickets for. */
@Entity
@Table(name = "live_event")
@NamedQuery(name = LiveEvent.OF_ORGANISERS, query = "select e from LiveEvent e where e.organiserId in :ids "
        + "order by e.startsAt desc, e.id desc")
@NamedQuery(name = LiveEvent.ALL, query = "select e from LiveEvent e order by e.startsAt desc, e.id desc")
@NamedQuery(name = LiveEvent.BY_PUBLIC_ID, query = "select e from LiveEvent e where e.publicId = :publicId")
@NamedQuery(name = LiveEvent.BY_ID, query = "select e from LiveEvent e where e.id = :id")
public class LiveEvent implements Auditable {

    public static final String OF_ORGANISERS = "LiveEvent.ofOrganisers";
    public static final String ALL = "LiveEvent.all";
    public static final String BY_PUBLIC_ID = "LiveEvent.byPublicId";
    public static final String BY_ID = "LiveEvent.byId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organiser_id")
    private long organiserId;

    @Column(name = "public_id")
    private String publicId;

    private String title;

    private String description;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "time_zone")
    private String timeZone;

    private EventStatus status = EventStatus.DRAFT;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<TicketType> ticketTypes = new ArrayList<>();

    protected LiveEvent() {
    }

    public LiveEvent(long organiserId, String publicId, EventDraft draft) {
        this.organiserId = organiserId;
        this.publicId = publicId;
        write(draft);
    }

    public void write(EventDraft draft) {
        this.title = draft.title().strip();
        this.description = draft.description();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.timeZone = draft.timeZone();
    }

    public void changeStatus(EventStatus next) {
        if (!status.mayBecome(next)) {
            throw new IllegalStateException(status.wireName() + " cannot become " + next.wireName());
        }
        this.status = next;
    }

    public TicketType addTicketType(TicketTypeDraft draft) {
        TicketType type = new TicketType(this, draft);
        ticketTypes.add(type);
        return type;
    }

    public Optional<TicketType> ticketType(long ticketTypeId) {
        return ticketTypes.stream().filter(t -> t.getId() != null && t.getId() == ticketTypeId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public EventStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<TicketType> getTicketTypes() {
        return List.copyOf(ticketTypes);
    }

    public EventDraft draft() {
        return new EventDraft(title, description, startsAt, endsAt, timeZone);
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "title", title,
                "description", description,
                "startsAt", startsAt,
                "endsAt", endsAt,
                "timeZone", timeZone,
                "status", status.wireName(),
                "ticketTypes", ticketTypes.stream().map(TicketType::auditState).toList());
    }
}
