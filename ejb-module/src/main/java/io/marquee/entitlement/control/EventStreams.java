package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.EventStream;
import io.marquee.event.entity.EventStatus;
import io.marquee.platform.control.SqlColumns;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** An event's end, status and attached recording, in one indexed read: what decides its stream after the end. */
@Stateless
public class EventStreams {

    @PersistenceContext
    EntityManager em;

    public EventStream of(long eventId, Instant readAt) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select e.public_id, e.ends_at, e.status,
                       (select r.object_key from media_recording r where r.event_id = e.id and r.status = 'attached')
                from live_event e where e.id = ?""").setParameter(1, eventId).getSingleResult();
        return new EventStream((String) row[0], SqlColumns.instant(row[1]),
                EventStatus.fromWireName((String) row[2]).orElseThrow(), (String) row[3], readAt);
    }
}
