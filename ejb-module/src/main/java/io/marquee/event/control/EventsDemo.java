package io.marquee.event.control;

import io.marquee.event.entity.EventDraft;
import io.marquee.event.entity.EventStatus;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.PromoCodeDraft;
import io.marquee.event.entity.TicketType;
import io.marquee.event.entity.TicketTypeDraft;
import io.marquee.organiser.control.Organisers;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * The demo organiser's colours (midnight blue and aurora gold) and its live event, on sale from the
 * first run: a concert three evenings ahead with a public ticket, a hidden backstage ticket behind
 * access code CREW2026, and promo code AURORA20.
 */
@Stateless
public class EventsDemo {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    Events events;

    @Inject
    Organisers organisers;

    public LiveEvent load(long organiserId, Instant now) {
        OrganiserAccess access = OrganiserAccess.only(Set.of(organiserId));
        organisers.changeBranding(access, organiserId, "#0b2545", "#f5b700");
        Instant start = now.atZone(OSLO).plusDays(3).with(LocalTime.of(20, 0)).toInstant();
        Instant end = start.plus(Duration.ofHours(2));
        LiveEvent event = events.create(access, organiserId, new EventDraft("Aurora Sessions: live from Tromsø",
                "Two hours under the northern lights with the Arctic Philharmonic, streamed in HD.", start, end,
                OSLO.getId()));
        Instant saleStart = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(1));
        TicketType stream = events.addTicketType(access, event.getId(), new TicketTypeDraft("Stream ticket",
                "Watch live and for 48 hours after.", 1000, 10, saleStart, end, false, 2,
                Map.of("NOK", new BigDecimal("149.00"), "EUR", new BigDecimal("12.99"), "GBP", new BigDecimal("10.99"))));
        TicketType backstage = events.addTicketType(access, event.getId(), new TicketTypeDraft("Backstage pass",
                "The stream plus the backstage camera.", 50, 2, saleStart, end, true, 2,
                Map.of("NOK", new BigDecimal("299.00"), "EUR", new BigDecimal("25.99"))));
        events.addAccessCode(access, event.getId(), "CREW2026", Set.of(backstage.getId()));
        events.addPromoCode(access, event.getId(), new PromoCodeDraft("AURORA20", new BigDecimal("20"), Map.of(), 100,
                saleStart, start, Set.of(stream.getId())));
        return events.changeStatus(access, event.getId(), EventStatus.ON_SALE);
    }

    /**
     * The demo's event that is live from the first run: a round-the-clock stream that started an hour
     * ago and runs for thirty days, so its channel runs and a ticket plays at once.
     */
    public LiveEvent loadLiveNow(long organiserId, Instant now) {
        OrganiserAccess access = OrganiserAccess.only(Set.of(organiserId));
        Instant start = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        Instant end = start.plus(Duration.ofDays(30));
        LiveEvent event = events.create(access, organiserId, new EventDraft("Aurora Cam: the night sky, live",
                "The sky over Tromsø around the clock, for whoever wants to catch the lights.", start, end, OSLO.getId()));
        events.addTicketType(access, event.getId(), new TicketTypeDraft("Day pass", "Watch the sky cam, live.", 5000, 4,
                start, end, false, 2, Map.of("NOK", new BigDecimal("49.00"), "EUR", new BigDecimal("4.50"))));
        events.changeStatus(access, event.getId(), EventStatus.ON_SALE);
        return events.changeStatus(access, event.getId(), EventStatus.LIVE);
    }

    /**
     * The demo's event that is over: last night's concert, ended a quarter of an hour before the first run,
     * on sale for another minute so the demo can sell its viewer a ticket ({@link #end} then ends it). Its
     * recording plays on the ticket page for the ticket's grace after the end.
     */
    public LiveEvent loadEnded(long organiserId, Instant now) {
        OrganiserAccess access = OrganiserAccess.only(Set.of(organiserId));
        Instant end = now.minus(Duration.ofMinutes(15));
        Instant start = end.minus(Duration.ofHours(2));
        LiveEvent event = events.create(access, organiserId, new EventDraft("Opening night: the Arctic Philharmonic",
                "Last night's opening concert. Missed it? Ticket holders watch the recording.", start, end, OSLO.getId()));
        events.addTicketType(access, event.getId(), new TicketTypeDraft("Stream ticket", "Watch live and the recording after.",
                1000, 10, start.minus(Duration.ofDays(7)), now.plus(Duration.ofMinutes(1)), false, 2,
                Map.of("NOK", new BigDecimal("99.00"), "EUR", new BigDecimal("8.99"))));
        return events.changeStatus(access, event.getId(), EventStatus.ON_SALE);
    }

    public LiveEvent end(LiveEvent event) {
        return events.changeStatus(OrganiserAccess.only(Set.of(event.getOrganiserId())), event.getId(), EventStatus.ENDED);
    }
}
