package io.marquee.sales.control;

import io.marquee.sales.entity.Visit;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    public void write(List<Visit> visits) {
        try (Connection db = dataSource.getConnection(); PreparedStatement write = db.prepareStatement(WRITE)) {
            write.setArray(1, db.createArrayOf("bigint", visits.stream().map(Visit::eventId).toArray()));
            write.setArray(2, texts(db, visits, v -> v.visitedAt().toString()));
            write.setArray(3, texts(db, visits, Visit::trafficSource));
            write.setArray(4, texts(db, visits, v -> v.source().referrerHost()));
            write.setArray(5, texts(db, visits, v -> v.source().utmSource()));
            write.setArray(6, texts(db, visits, v -> v.source().utmMedium()));
            write.setArray(7, texts(db, visits, v -> v.source().utmCampaign()));
            write.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("visits not written: " + e.getMessage(), e);
        }
    }

    private static java.sql.Array texts(Connection db, List<Visit> visits, Function<Visit, String> column)
            throws SQLException {
        return db.createArrayOf("text", visits.stream().map(column).toArray());
    }
}
