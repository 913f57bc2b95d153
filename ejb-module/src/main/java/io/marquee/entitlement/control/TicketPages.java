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
 * The ticket page's facts, by the ticket's token (the viewer's only credential): one indexed read,
 * cheap enough for every open waiting page to poll.
 */
@Stateless
public class TicketPages {

    @PersistenceContext
    EntityManager em;

    public TicketStatus status(String token) {
        Optional<?> found = em.createNativeQuery("""
                select e.public_id, e.title, e.description, e.organiser_id, e.starts_at, e.ends_at, e.time_zone, e.status,
                       t.status = 'revoked' or coalesce(g.revoked_at is not null, false), now()
                from ticket t
                join customer_order o on o.id = t.order_id
                join live_event e on e.id = o.event_id
                left join entitlement g on g.ticket_id = t.id
                where t.token = ?""").setParameter(1, token == null ? "" : token).getResultStream().findFirst();
        Object[] row = (Object[]) found.orElseThrow(() -> new NotFound("ticket", "with this id"));
        Instant startsAt = SqlColumns.instant(row[4]);
        Instant endsAt = SqlColumns.instant(row[5]);
        Instant now = SqlColumns.instant(row[9]);
        EventStatus status = EventStatus.fromWireName((String) row[7]).orElseThrow();
        return new TicketStatus((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                startsAt, endsAt, (String) row[6], TicketPhase.at(now, startsAt, endsAt, status, (Boolean) row[8]), now);
    }
}
