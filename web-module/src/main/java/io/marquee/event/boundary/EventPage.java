package io.marquee.event.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.AccessCode;
import io.marquee.event.entity.EventDraft;
import io.marquee.event.entity.EventStatus;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.PromoCode;
import io.marquee.event.entity.TicketType;
import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates and edits one event: its details (times in its own zone), its status, its ticket types,
 * promo codes and access codes. Every write goes through {@link Events}, so the API's rules apply;
 * a broken rule is shown next to its field and nothing is written.
 */
@Named
@ViewScoped
public class EventPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> EVENT_INPUTS = Set.of("organiserId", "title", "description", "startsAt", "endsAt",
            "timeZone");
    private static final Set<String> TICKET_TYPE_INPUTS = Set.of("name", "description", "capacity", "maxPerOrder",
            "saleStartsAt", "saleEndsAt", "streamLimit", "prices");
    private static final Set<String> PROMO_INPUTS = Set.of("code", "percentOff", "amountsOff", "usageCap", "validFrom",
            "validUntil", "ticketTypeIds");
    private static final Set<String> ACCESS_INPUTS = Set.of("code", "ticketTypeIds");
    private static final Map<EventStatus, String> STATUS_ACTIONS = Map.of(
            EventStatus.DRAFT, "Back to draft", EventStatus.ON_SALE, "Put on sale", EventStatus.LIVE, "Go live",
            EventStatus.ENDED, "End", EventStatus.CANCELLED, "Cancel event");

    @Inject
    transient Events events;

    @Inject
    transient Organisers organisers;

    @Inject
    transient ConsoleAccess access;

    private Long id;
    private LiveEvent event;
    private List<TicketType> ticketTypes = List.of();
    private List<PromoCode> promoCodes = List.of();
    private List<AccessCode> accessCodes = List.of();
    private List<Organiser> ownOrganisers = List.of();

    private Long organiserId;
    private String title;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String timeZone;

    private TicketTypeForm ticketType;
    private PromoCodeForm promo = new PromoCodeForm();
    private String accessCode;
    private List<Long> accessTicketTypeIds = new ArrayList<>();

    /** An id opens that event; none starts a new one for one of the user's organisers. */
    public void load() {
        if (id == null) {
            ownOrganisers = organisers.visible(access.organisers());
            if (ownOrganisers.size() == 1) {
                organiserId = ownOrganisers.get(0).getId();
                timeZone = ownOrganisers.get(0).getTimeZone();
            }
            return;
        }
        try {
            show(events.find(access.organisers(), id));
        } catch (NotFound missing) {
            ConsoleMessages.error("There is no event " + id + " that you can see.");
        }
    }

    private void show(LiveEvent shown) {
        event = shown;
        ticketTypes = shown.getTicketTypes();
        promoCodes = events.promoCodes(access.organisers(), shown.getId());
        accessCodes = events.accessCodes(access.organisers(), shown.getId());
        title = shown.getTitle();
        description = shown.getDescription();
        timeZone = shown.getTimeZone();
        startsAt = EventTime.local(shown.getStartsAt(), timeZone);
        endsAt = EventTime.local(shown.getEndsAt(), timeZone);
    }

    private void reload() {
        show(events.find(access.organisers(), event.getId()));
    }

    public String save() {
        EventDraft draft = new EventDraft(title, description, EventTime.instant(startsAt, timeZone),
                EventTime.instant(endsAt, timeZone), timeZone);
        try {
            if (event == null) {
                if (organiserId == null) {
                    throw new InvalidInput("organiserId", "required", "choose the organiser that sells the event");
                }
                LiveEvent created = events.create(access.organisers(), organiserId, draft);
                return "/console/events/event?faces-redirect=true&id=" + created.getId();
            }
            show(events.update(access.organisers(), event.getId(), draft));
            ConsoleMessages.info("Saved the event.");
        } catch (InvalidInput invalid) {
            refused(invalid, "event", EVENT_INPUTS);
        }
        return null;
    }

    public List<EventStatus> getNextStatuses() {
        return event == null ? List.of() : Arrays.stream(EventStatus.values()).filter(event.getStatus()::mayBecome).toList();
    }

    public String actionFor(EventStatus next) {
        return STATUS_ACTIONS.get(next);
    }

    public void changeStatus(String wireName) {
        EventStatus next = EventStatus.fromWireName(wireName).orElseThrow();
        try {
            show(events.changeStatus(access.organisers(), event.getId(), next));
            ConsoleMessages.info("The event is now " + next.label() + ".");
        } catch (Conflict conflict) {
            ConsoleMessages.error(capitalised(conflict.getMessage()) + ".");
        }
    }

    public void newTicketType() {
        ticketType = new TicketTypeForm();
    }

    public void editTicketType(TicketType type) {
        ticketType = TicketTypeForm.of(type, timeZone);
    }

    public void cancelTicketType() {
        ticketType = null;
    }

    public void saveTicketType() {
        try {
            if (ticketType.isAdded()) {
                events.addTicketType(access.organisers(), event.getId(), ticketType.draft(event.getTimeZone()));
            } else {
                events.updateTicketType(access.organisers(), event.getId(), ticketType.getId(),
                        ticketType.draft(event.getTimeZone()));
            }
            ConsoleMessages.info("Saved ticket type " + ticketType.getName().strip() + ".");
            ticketType = null;
            reload();
        } catch (InvalidInput invalid) {
            refused(invalid, "ticketType", TICKET_TYPE_INPUTS);
        }
    }

    public void addPromoCode() {
        try {
            PromoCode added = events.addPromoCode(access.organisers(), event.getId(), promo.draft(event.getTimeZone()));
            ConsoleMessages.info("Added promo code " + added.getCode() + ".");
            promo = new PromoCodeForm();
            reload();
        } catch (InvalidInput invalid) {
            refused(invalid, "promo", PROMO_INPUTS);
        }
    }

    public void addAccessCode() {
        try {
            AccessCode added = events.addAccessCode(access.organisers(), event.getId(), accessCode,
                    new HashSet<>(accessTicketTypeIds));
            ConsoleMessages.info("Added access code " + added.getCode() + ".");
            accessCode = null;
            accessTicketTypeIds = new ArrayList<>();
            reload();
        } catch (InvalidInput invalid) {
            refused(invalid, "access", ACCESS_INPUTS);
        }
    }

    private static void refused(InvalidInput invalid, String form, Set<String> inputs) {
        ConsoleMessages.show(invalid, ConsoleMessages.inputsOf(form, inputs));
        ConsoleMessages.error("Nothing was saved: correct the marked fields.");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Stream ticket, Backstage pass"; "every ticket type" when none is listed. */
    public String ticketTypeNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return "every ticket type";
        }
        return ticketTypes.stream().filter(t -> ids.contains(t.getId())).map(TicketType::getName)
                .collect(Collectors.joining(", "));
    }

    public List<TicketType> getHiddenTicketTypes() {
        return ticketTypes.stream().filter(TicketType::isHidden).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LiveEvent getEvent() {
        return event;
    }

    public List<TicketType> getTicketTypes() {
        return ticketTypes;
    }

    public List<PromoCode> getPromoCodes() {
        return promoCodes;
    }

    public List<AccessCode> getAccessCodes() {
        return accessCodes;
    }

    public List<Organiser> getOwnOrganisers() {
        return ownOrganisers;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public void setOrganiserId(Long organiserId) {
        this.organiserId = organiserId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public TicketTypeForm getTicketType() {
        return ticketType;
    }

    public PromoCodeForm getPromo() {
        return promo;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode;
    }

    public List<Long> getAccessTicketTypeIds() {
        return accessTicketTypeIds;
    }

    public void setAccessTicketTypeIds(List<Long> accessTicketTypeIds) {
        this.accessTicketTypeIds = accessTicketTypeIds;
    }
}
