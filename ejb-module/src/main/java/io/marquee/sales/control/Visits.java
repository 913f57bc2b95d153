package io.marquee.sales.control;

import io.marquee.sales.entity.Visit;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.function.Function;

/**
 * Writes a batch of visits and folds them into the sales aggregates, in one statement and one
 * transaction: the visit rows and the counters never disagree.
 */
@Stateless
public class Visits {

    /*
     * One multi-row insert (arrays unnested) whose returned rows feed the counters; rows are upserted in
     * key order, the same order the sales facts use, so two writers never deadlock on them.
     */
    private static final String WRITE = """
            with v as (
                insert into visit (event_id, visited_at, source, referrer_host, utm_source, utm_medium, utm_campaign)
                select e, t::timestamptz, s, r, us, um, uc
                from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as u(e, t, s, r, us, um, uc)
                returning event_id, visited_at, source)
            insert into sales_aggregate as a (scope, scope_id, granularity, bucket, dimension, item, currency, visits)
            select k.scope, k.scope_id, g.granularity, date_trunc(g.granularity, v.visited_at, o.time_zone),
                   d.dimension, d.item, '', count(*)
            from v
            join live_event e on e.id = v.event_id
            join organiser o on o.id = e.organiser_id
            cross join (values ('minute'), ('hour'), ('day')) g(granularity)
            cross join lateral (values ('event', e.id), ('organiser', e.organiser_id)) k(scope, scope_id)
            cross join lateral (values ('all', ''), ('source', v.source)) d(dimension, item)
            group by 1, 2, 3, 4, 5, 6
            order by 1, 2, 3, 5, 4, 6
            on conflict (scope, scope_id, granularity, dimension, bucket, item, currency)
            do update set visits = a.visits + excluded.visits
            """;

    @PersistenceContext
    EntityManager em;

    /** Writes in the caller's transaction, on its connection (the demo's visits name an event not yet committed). */
    public void write(List<Visit> visits) {
        em.createNativeQuery(WRITE)
                .setParameter(1, visits.stream().map(Visit::eventId).toArray(Long[]::new))
                .setParameter(2, texts(visits, v -> v.visitedAt().toString()))
                .setParameter(3, texts(visits, Visit::trafficSource))
                .setParameter(4, texts(visits, v -> v.source().referrerHost()))
                .setParameter(5, texts(visits, v -> v.source().utmSource()))
                .setParameter(6, texts(visits, v -> v.source().utmMedium()))
                .setParameter(7, texts(visits, v -> v.source().utmCampaign()))
                .executeUpdate();
    }

    private static String[] texts(List<Visit> visits, Function<Visit, String> column) {
        return visits.stream().map(column).toArray(String[]::new);
    }
}
