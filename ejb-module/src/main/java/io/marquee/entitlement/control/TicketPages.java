package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.TicketPhase;
import io.marquee.entitlement.entity.TicketStatus;
import io.marquee.event.entity.EventStatus;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.SqlColumns;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * The ticket page's facts (an event's, or a rented title's), by the ticket's token (the viewer's only credential): one indexed read,
 * cheap enough for every open waiting page to poll. After an event's end it tells whether its recording plays, and until when.
 */
@Stateless
public class TicketPages {

    @PersistenceContext
    EntityManager em;

    public TicketStatus status(String token) {
        Optional<?> found = em.createNativeQuery("""
                select coalesce(e.public_id, cast(p.id as text)), coalesce(e.title, p.title), coalesce(e.description, ''),
                       o.organiser_id, coalesce(e.starts_at, g.valid_from), coalesce(e.ends_at, g.valid_until),
                       coalesce(e.time_zone, r.time_zone), e.status,
                       t.status = 'revoked' or coalesce(g.revoked_at is not null, false), now(), p.id is not null,
                       case when exists (select 1 from media_recording m where m.event_id = e.id and m.status = 'attached')
                            then g.valid_until end
                from ticket t
                join customer_order o on o.id = t.order_id
                join organiser r on r.id = o.organiser_id
                left join live_event e on e.id = o.event_id
                left join product p on p.id = o.product_id
                left join entitlement g on g.ticket_id = t.id
                where t.token = ? and (e.id is not null or g.id is not null)""")
                .setParameter(1, token == null ? "" : token).getResultStream().findFirst();
        Object[] row = (Object[]) found.orElseThrow(() -> new NotFound("ticket", "with this id"));
        Instant startsAt = SqlColumns.instant(row[4]);
        Instant endsAt = SqlColumns.instant(row[5]);
        boolean revoked = (Boolean) row[8];
        Instant now = SqlColumns.instant(row[9]);
        boolean rental = (Boolean) row[10];
        // an event's recording plays after its end for as long as the ticket's grant does
        Instant recordingUntil = SqlColumns.instant(row[11]);
        TicketPhase phase = rental ? TicketPhase.ofRental(now, startsAt, endsAt, revoked)
                : TicketPhase.at(now, startsAt, endsAt, EventStatus.fromWireName((String) row[7]).orElseThrow(), revoked,
                recordingUntil);
        return new TicketStatus(rental, (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                startsAt, endsAt, (String) row[6], phase, now, phase == TicketPhase.RECORDING ? recordingUntil : null);
    }
}
