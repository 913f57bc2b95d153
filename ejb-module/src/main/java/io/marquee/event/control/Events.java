package io.marquee.event.control;

import io.marquee.event.entity.AccessCode;
import io.marquee.event.entity.EventDraft;
import io.marquee.event.entity.EventStatus;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.PromoCode;
import io.marquee.event.entity.PromoCodeDraft;
import io.marquee.event.entity.TicketType;
import io.marquee.event.entity.TicketTypeDraft;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.control.AuditKey;
import io.marquee.platform.control.Audited;
import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.UnguessableIds;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Live events, their ticket types, promo codes and access codes, as far as the caller may see them. */
@Stateless
public class Events {

    @PersistenceContext
    EntityManager em;

    public List<LiveEvent> visible(OrganiserAccess access) {
        if (access.everyOrganiser()) {
            return em.createNamedQuery(LiveEvent.ALL, LiveEvent.class).getResultList();
        }
        if (access.organiserIds().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(LiveEvent.OF_ORGANISERS, LiveEvent.class)
                .setParameter("ids", List.copyOf(access.organiserIds())).getResultList();
    }

    public LiveEvent find(OrganiserAccess access, long id) {
        LiveEvent event = em.find(LiveEvent.class, id);
        if (event == null || !access.allows(event.getOrganiserId())) {
            throw new NotFound("event", id);
        }
        return event;
    }

    /**
     * An event to sell from: read with its ticket types in one statement (orders, quotes). 404 like
     * {@link #find}. Not read-only: EclipseLink runs a read-only query on a connection of its own, outside
     * the transaction, which does not see an event the same transaction made (the demo data).
     */
    public LiveEvent read(OrganiserAccess access, long id) {
        LiveEvent event = em.createNamedQuery(LiveEvent.BY_ID, LiveEvent.class).setParameter("id", id)
                .setHint("eclipselink.left-join-fetch", "e.ticketTypes")
                .getResultStream().findFirst().orElse(null);
        if (event == null || !access.allows(event.getOrganiserId())) {
            throw new NotFound("event", id);
        }
        return event;
    }

    /** An event viewers may see: anything but a draft. */
    public Optional<LiveEvent> published(String publicId) {
        return em.createNamedQuery(LiveEvent.BY_PUBLIC_ID, LiveEvent.class).setParameter("publicId", publicId)
                .getResultStream().filter(e -> e.getStatus() != EventStatus.DRAFT).findFirst();
    }

    @Audited("event.created")
    public LiveEvent create(OrganiserAccess access, long organiserId, EventDraft draft) {
        if (!access.allows(organiserId) || em.find(Organiser.class, organiserId) == null) {
            throw new InvalidInput("organiserId", "known", "no organiser " + organiserId + " you may act for");
        }
        EventRules.checkEvent(draft);
        LiveEvent event = new LiveEvent(organiserId, UnguessableIds.next(), draft);
        em.persist(event);
        em.flush();
        return event;
    }

    @Audited(value = "event.updated", subject = LiveEvent.class)
    public LiveEvent update(OrganiserAccess access, @AuditKey long id, EventDraft draft) {
        LiveEvent event = find(access, id);
        EventRules.checkEvent(draft);
        event.write(draft);
        return event;
    }

    /** Moves an event on; it goes on sale only with a ticket type to sell. */
    @Audited(value = "event.status-changed", subject = LiveEvent.class)
    public LiveEvent changeStatus(OrganiserAccess access, @AuditKey long id, EventStatus next) {
        LiveEvent event = find(access, id);
        if (!event.getStatus().mayBecome(next)) {
            throw new Conflict("event-status", "an event that is " + event.getStatus().wireName()
                    + " cannot become " + next.wireName());
        }
        if (next == EventStatus.ON_SALE && event.getTicketTypes().isEmpty()) {
            throw new Conflict("event-status", "an event needs a ticket type before it goes on sale");
        }
        event.changeStatus(next);
        return event;
    }

    @Audited(value = "event.ticket-type-added", subject = LiveEvent.class)
    public TicketType addTicketType(OrganiserAccess access, @AuditKey long eventId, TicketTypeDraft draft) {
        LiveEvent event = find(access, eventId);
        EventRules.checkTicketType(draft);
        uniqueName(event, draft.name(), null);
        TicketType type = event.addTicketType(draft);
        em.flush();
        return type;
    }

    @Audited(value = "event.ticket-type-changed", subject = LiveEvent.class)
    public TicketType updateTicketType(OrganiserAccess access, @AuditKey long eventId, long ticketTypeId,
                                       TicketTypeDraft draft) {
        LiveEvent event = find(access, eventId);
        TicketType type = event.ticketType(ticketTypeId).orElseThrow(() -> new NotFound("ticket type", ticketTypeId));
        EventRules.checkTicketType(draft);
        uniqueName(event, draft.name(), ticketTypeId);
        // the guard keeps taken <= capacity in the database too; this names the rule for the client
        em.refresh(type);
        if (draft.capacity() < type.getTaken()) {
            throw new InvalidInput("capacity", "not-below-taken", type.getTaken()
                    + " tickets are sold or held: the capacity cannot go below that");
        }
        type.write(draft);
        return type;
    }

    public List<PromoCode> promoCodes(OrganiserAccess access, long eventId) {
        find(access, eventId);
        return em.createNamedQuery(PromoCode.OF_EVENT, PromoCode.class).setParameter("eventId", eventId).getResultList();
    }

    @Audited("promo-code.created")
    public PromoCode addPromoCode(OrganiserAccess access, long eventId, PromoCodeDraft draft) {
        LiveEvent event = find(access, eventId);
        EventRules.checkPromoCode(draft);
        ticketTypesOf(event, draft.ticketTypeIds(), "ticketTypeIds");
        if (promoCode(eventId, draft.code().strip()).isPresent()) {
            throw new InvalidInput("code", "unique", "the event has a promo code '" + draft.code().strip() + "' already");
        }
        PromoCode promo = new PromoCode(eventId, draft);
        em.persist(promo);
        em.flush();
        return promo;
    }

    public Optional<PromoCode> promoCode(long eventId, String code) {
        return em.createNamedQuery(PromoCode.BY_CODE, PromoCode.class).setParameter("eventId", eventId)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<AccessCode> accessCodes(OrganiserAccess access, long eventId) {
        find(access, eventId);
        return em.createNamedQuery(AccessCode.OF_EVENT, AccessCode.class).setParameter("eventId", eventId)
                .getResultList();
    }

    /** An access code reveals hidden ticket types only. */
    @Audited("access-code.created")
    public AccessCode addAccessCode(OrganiserAccess access, long eventId, String code, Set<Long> ticketTypeIds) {
        LiveEvent event = find(access, eventId);
        EventRules.checkAccessCode(code);
        if (ticketTypeIds == null || ticketTypeIds.isEmpty()
                || !ticketTypesOf(event, ticketTypeIds, "ticketTypeIds").stream().allMatch(TicketType::isHidden)) {
            throw new InvalidInput("ticketTypeIds", "hidden", "an access code reveals one or more hidden ticket types");
        }
        if (accessCode(eventId, code.strip()).isPresent()) {
            throw new InvalidInput("code", "unique", "the event has an access code '" + code.strip() + "' already");
        }
        AccessCode accessCode = new AccessCode(eventId, code, ticketTypeIds);
        em.persist(accessCode);
        em.flush();
        return accessCode;
    }

    /** The ticket types a buyer may see: the public ones and those the access code (if any) reveals. */
    public List<TicketType> offered(LiveEvent event, String accessCode) {
        Optional<AccessCode> code = accessCode == null || accessCode.isBlank() ? Optional.empty()
                : accessCode(event.getId(), accessCode.strip());
        return event.getTicketTypes().stream()
                .filter(t -> !t.isHidden() || code.map(c -> c.reveals(t.getId())).orElse(false)).toList();
    }

    private Optional<AccessCode> accessCode(long eventId, String code) {
        return em.createNamedQuery(AccessCode.BY_CODE, AccessCode.class).setParameter("eventId", eventId)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private static List<TicketType> ticketTypesOf(LiveEvent event, Set<Long> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(id -> event.ticketType(id).orElseThrow(() -> new InvalidInput(field, "known",
                "the event has no ticket type " + id))).toList();
    }

    private static void uniqueName(LiveEvent event, String name, Long except) {
        boolean taken = event.getTicketTypes().stream()
                .anyMatch(t -> t.getName().equalsIgnoreCase(name.strip()) && !t.getId().equals(except));
        if (taken) {
            throw new InvalidInput("name", "unique", "the event has a ticket type named '" + name.strip() + "' already");
        }
    }
}
