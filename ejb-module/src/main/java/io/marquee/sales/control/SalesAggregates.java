package io.marquee.sales.control;

import io.marquee.sales.entity.Drift;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

/**
 * The sales counters per event and organiser in minute, hour and day buckets: folded in as sales facts
 * are published (in the publisher's transaction, so each fact counts once), and recomputed from the
 * orders, refunds and visits by the periodic check, which records where the two disagree.
 */
@Stateless
public class SalesAggregates {

    /*
     * Each fact counts in the totals ('all') and under its traffic source; a sale's and a refund's lines
     * (their share of the money; a refund's quantities are the tickets it revoked, negative) under their
     * ticket types. A fact without an event counts for its organiser only. Rows are upserted in key
     * order, the order the visit writer uses too, so the two never deadlock.
     */
    private static final String FOLD = """
            with f as (
                select f.*, o.time_zone from sales_fact f join organiser o on o.id = f.organiser_id where f.id = any(?)),
            counted as (
                select f.organiser_id, f.event_id, f.occurred_at, f.time_zone, d.dimension, d.item, f.currency::text as currency,
                       (f.kind = 'reservation')::int as reservations, (f.kind = 'sale')::int as sales,
                       case when f.kind = 'sale' then f.tickets else 0 end as tickets,
                       case when f.kind = 'sale' then f.gross else 0 end as gross,
                       (f.kind = 'refund')::int as refunds,
                       case when f.kind = 'refund' then -f.tickets else 0 end as refunded_tickets,
                       case when f.kind = 'refund' then -f.gross else 0 end as refunded
                from f cross join lateral (values ('all', ''), ('source', f.source)) d(dimension, item)
                union all
                select f.organiser_id, f.event_id, f.occurred_at, f.time_zone, 'ticket_type', l ->> 'ticketTypeId', f.currency::text,
                       0, 0,
                       case when f.kind = 'sale' then (l ->> 'quantity')::int else 0 end,
                       case when f.kind = 'sale' then (l ->> 'amount')::numeric else 0 end,
                       0,
                       case when f.kind = 'refund' then -(l ->> 'quantity')::int else 0 end,
                       case when f.kind = 'refund' then -(l ->> 'amount')::numeric else 0 end
                from f cross join lateral jsonb_array_elements(f.lines) l
                where f.kind in ('sale', 'refund'))
            insert into sales_aggregate as a (scope, scope_id, granularity, bucket, dimension, item, currency,
                                              reservations, sales, tickets, gross, refunds, refunded_tickets, refunded)
            select k.scope, k.scope_id, g.granularity, date_trunc(g.granularity, c.occurred_at, c.time_zone), c.dimension,
                   c.item, c.currency, sum(c.reservations), sum(c.sales), sum(c.tickets), sum(c.gross), sum(c.refunds),
                   sum(c.refunded_tickets), sum(c.refunded)
            from counted c
            cross join (values ('minute'), ('hour'), ('day')) g(granularity)
            cross join lateral (values ('event', c.event_id), ('organiser', c.organiser_id)) k(scope, scope_id)
            where k.scope_id is not null
            group by 1, 2, 3, 4, 5, 6, 7
            order by 1, 2, 3, 5, 4, 6, 7
            on conflict (scope, scope_id, granularity, dimension, bucket, item, currency) do update set
                reservations = a.reservations + excluded.reservations, sales = a.sales + excluded.sales,
                tickets = a.tickets + excluded.tickets, gross = a.gross + excluded.gross,
                refunds = a.refunds + excluded.refunds, refunded_tickets = a.refunded_tickets + excluded.refunded_tickets,
                refunded = a.refunded + excluded.refunded
            """;

    /*
     * Per event, day (in the organiser's time zone) and currency: what the orders, refunds and visits
     * say against the day counters. A full refund (the one that left nothing) revokes the order's tickets.
     */
    private static final String DRIFT = """
            with source as (
                select o.event_id, date_trunc('day', o.created_at, z.time_zone) as day, o.currency::text as currency,
                       1 as reservations, 0 as sales, 0 as tickets, 0::numeric as gross, 0 as refunds,
                       0 as refunded_tickets, 0::numeric as refunded, 0 as visits
                from customer_order o join organiser z on z.id = o.organiser_id
                where (cast(? as bigint) is null or o.event_id = cast(? as bigint))
                union all
                select o.event_id, date_trunc('day', o.confirmed_at, z.time_zone), o.currency::text, 0, 1,
                       (select sum(l.quantity) from order_line l where l.order_id = o.id), o.total, 0, 0, 0, 0
                from customer_order o join organiser z on z.id = o.organiser_id
                where o.confirmed_at is not null and (cast(? as bigint) is null or o.event_id = cast(? as bigint))
                union all
                select o.event_id, date_trunc('day', r.created_at, z.time_zone), o.currency::text, 0, 0, 0, 0, 1,
                       case when o.status = 'refunded' and r.id = (select max(r2.id) from refund r2 where r2.order_id = o.id)
                            then (select sum(l.quantity) from order_line l where l.order_id = o.id) else 0 end,
                       r.amount, 0
                from refund r join customer_order o on o.id = r.order_id join organiser z on z.id = o.organiser_id
                where (cast(? as bigint) is null or o.event_id = cast(? as bigint))
                union all
                select v.event_id, date_trunc('day', v.visited_at, z.time_zone), '', 0, 0, 0, 0, 0, 0, 0, 1
                from visit v join live_event e on e.id = v.event_id join organiser z on z.id = e.organiser_id
                where (cast(? as bigint) is null or v.event_id = cast(? as bigint))),
            expected as (
                select event_id, day, currency, sum(reservations) as reservations, sum(sales) as sales,
                       sum(tickets) as tickets, sum(gross) as gross, sum(refunds) as refunds,
                       sum(refunded_tickets) as refunded_tickets, sum(refunded) as refunded, sum(visits) as visits
                from source group by 1, 2, 3),
            recorded as (
                select scope_id as event_id, bucket as day, currency, sum(reservations) as reservations, sum(sales) as sales,
                       sum(tickets) as tickets, sum(gross) as gross, sum(refunds) as refunds,
                       sum(refunded_tickets) as refunded_tickets, sum(refunded) as refunded, sum(visits) as visits
                from sales_aggregate
                where scope = 'event' and granularity = 'day' and dimension = 'all'
                  and (cast(? as bigint) is null or scope_id = cast(? as bigint))
                group by 1, 2, 3)
            select coalesce(e.event_id, r.event_id), coalesce(e.day, r.day), coalesce(e.currency, r.currency),
                   m.metric, m.expected, m.recorded
            from expected e full join recorded r on r.event_id = e.event_id and r.day = e.day and r.currency = e.currency
            cross join lateral (values
                ('visits', coalesce(e.visits, 0), coalesce(r.visits, 0)),
                ('reservations', coalesce(e.reservations, 0), coalesce(r.reservations, 0)),
                ('sales', coalesce(e.sales, 0), coalesce(r.sales, 0)),
                ('tickets', coalesce(e.tickets, 0), coalesce(r.tickets, 0)),
                ('gross', coalesce(e.gross, 0), coalesce(r.gross, 0)),
                ('refunds', coalesce(e.refunds, 0), coalesce(r.refunds, 0)),
                ('refunded_tickets', coalesce(e.refunded_tickets, 0), coalesce(r.refunded_tickets, 0)),
                ('refunded', coalesce(e.refunded, 0), coalesce(r.refunded, 0))) m(metric, expected, recorded)
            where m.expected <> m.recorded
            order by 1, 2, 3, 4
            """;

    @PersistenceContext
    EntityManager em;

    /** Counts these (just published) facts: call in the publisher's transaction. */
    public void fold(List<Long> factIds) {
        if (!factIds.isEmpty()) {
            em.createNativeQuery(FOLD).setParameter(1, factIds.toArray(Long[]::new)).executeUpdate();
        }
    }

    /** Where the day counters disagree with the orders, refunds and visits (of one event, or of all: null). */
    public List<Drift> compare(Long eventId) {
        var query = em.createNativeQuery(DRIFT);
        for (int i = 1; i <= 10; i++) {
            query.setParameter(i, eventId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Drift(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant(),
                (String) r[2], (String) r[3], (BigDecimal) r[4], (BigDecimal) r[5])).toList();
    }

    /** Records what a check run found. */
    public void record(long executionId, List<Drift> found) {
        found.forEach(d -> em.createNativeQuery("insert into sales_drift (execution_id, event_id, day, currency, metric, "
                        + "expected, recorded) values (?, ?, ?, ?, ?, ?, ?)").setParameter(1, executionId)
                .setParameter(2, d.eventId()).setParameter(3, Timestamp.from(d.day())).setParameter(4, d.currency())
                .setParameter(5, d.metric()).setParameter(6, d.expected()).setParameter(7, d.recorded()).executeUpdate());
    }

    /** What the latest check runs found, newest first. */
    public List<Drift.Found> found(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.execution_id, d.event_id, e.title, d.day, d.currency, d.metric, "
                        + "d.expected, d.recorded from sales_drift d join live_event e on e.id = d.event_id order by d.id desc")
                .setMaxResults(max).getResultList();
        return rows.stream().map(r -> new Drift.Found(((Number) r[0]).longValue(), (String) r[2],
                new Drift(((Number) r[1]).longValue(), ((Timestamp) r[3]).toInstant(), (String) r[4], (String) r[5],
                        (BigDecimal) r[6], (BigDecimal) r[7]))).toList();
    }

    /** Lets exactly one instance start the check of this tick. */
    public boolean claimTick(java.time.Instant tick) {
        return em.createNativeQuery("insert into sales_check_tick (tick) values (?) on conflict do nothing")
                .setParameter(1, Timestamp.from(tick)).executeUpdate() == 1;
    }
}
