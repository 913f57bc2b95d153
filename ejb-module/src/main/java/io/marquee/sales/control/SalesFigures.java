package io.marquee.sales.control;

import io.marquee.event.entity.LiveEvent;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an event's live dashboard shows, read from the sales aggregates (a handful of rows, never the
 * orders): revenue per currency, tickets sold against capacity, visits, conversion, tickets per hour
 * over the last two days, and the breakdowns by traffic source and ticket type. One JSON document:
 * the page renders it on load and again whenever a push brings a newer one.
 */
@Stateless
public class SalesFigures {

    static final int HOURS_SHOWN = 48;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("EEE HH:00");

    private static final String TOTALS = """
            select dimension, item, currency, sum(visits), sum(reservations), sum(sales), sum(tickets), sum(gross),
                   sum(refunds), sum(refunded_tickets), sum(refunded)
            from sales_aggregate where scope = 'event' and scope_id = ? and granularity = 'day'
            group by dimension, item, currency order by dimension, item, currency""";
    private static final String HOURLY = """
            select bucket, sum(tickets) - sum(refunded_tickets), sum(sales) from sales_aggregate
            where scope = 'event' and scope_id = ? and granularity = 'hour' and dimension = 'all' and bucket >= ?
            group by bucket""";

    @PersistenceContext
    EntityManager em;

    /** The dashboard of an event the caller may see (404 otherwise). */
    public JsonObject event(OrganiserAccess access, long eventId) {
        LiveEvent event = em.find(LiveEvent.class, eventId);
        if (event == null || !access.allows(event.getOrganiserId())) {
            throw new NotFound("event", eventId);
        }
        return of(event, Instant.now());
    }

    /** The dashboard of an event, for pushing to whoever may see it. */
    public JsonObject event(long eventId) {
        return of(em.find(LiveEvent.class, eventId), Instant.now());
    }

    private JsonObject of(LiveEvent event, Instant now) {
        Map<String, Counters> totals = new TreeMap<>();
        Map<String, Counters> sources = new TreeMap<>();
        Map<String, Counters> types = new LinkedHashMap<>();
        event.getTicketTypes().forEach(type -> types.put(String.valueOf(type.getId()), new Counters()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TOTALS).setParameter(1, event.getId()).getResultList();
        for (Object[] row : rows) {
            Map<String, Counters> into = switch ((String) row[0]) {
                case "source" -> sources;
                case "ticket_type" -> types;
                default -> totals;
            };
            into.computeIfAbsent((String) row[1], item -> new Counters()).add((String) row[2], row);
        }
        Counters all = totals.getOrDefault("", new Counters());
        int capacity = event.getTicketTypes().stream().mapToInt(t -> t.getCapacity()).sum();
        JsonArrayBuilder bySource = Json.createArrayBuilder();
        sources.forEach((source, c) -> bySource.add(c.json().add("source", source)));
        JsonArrayBuilder byType = Json.createArrayBuilder();
        event.getTicketTypes().forEach(type -> byType.add(types.get(String.valueOf(type.getId())).json()
                .add("ticketType", type.getName()).add("capacity", type.getCapacity())));
        return all.json()
                .add("eventId", event.getId())
                .add("organiserId", event.getOrganiserId())
                .add("title", event.getTitle())
                .add("capacity", capacity)
                .add("conversion", all.visits == 0 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(all.sales * 100).divide(BigDecimal.valueOf(all.visits), 1, RoundingMode.HALF_UP))
                .add("hourly", hourly(event, now))
                .add("sources", bySource)
                .add("ticketTypes", byType)
                .add("at", now.toString())
                .build();
    }

    /** Tickets sold (net of refunds) per hour of the last two days, in the organiser's time zone. */
    private JsonObjectBuilder hourly(LiveEvent event, Instant now) {
        ZoneId zone = event.zone();
        Instant first = now.atZone(zone).truncatedTo(ChronoUnit.HOURS).minusHours(HOURS_SHOWN - 1).toInstant();
        Map<Instant, long[]> counts = new TreeMap<>();
        for (int hour = 0; hour < HOURS_SHOWN; hour++) {
            counts.put(first.plus(Duration.ofHours(hour)), new long[2]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HOURLY).setParameter(1, event.getId())
                .setParameter(2, Timestamp.from(first)).getResultList();
        for (Object[] row : rows) {
            long[] bucket = counts.get(((Timestamp) row[0]).toInstant());
            if (bucket != null) {
                bucket[0] = ((Number) row[1]).longValue();
                bucket[1] = ((Number) row[2]).longValue();
            }
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder tickets = Json.createArrayBuilder();
        JsonArrayBuilder sales = Json.createArrayBuilder();
        counts.forEach((hour, c) -> {
            labels.add(HOUR.format(hour.atZone(zone)));
            tickets.add(c[0]);
            sales.add(c[1]);
        });
        return Json.createObjectBuilder().add("labels", labels).add("tickets", tickets).add("sales", sales);
    }

    /** The sums of one breakdown row (or of the totals), gross and refunds per currency. */
    static final class Counters {
        long visits;
        long reservations;
        long sales;
        long tickets;
        long refunds;
        long refundedTickets;
        final Map<String, BigDecimal> revenue = new TreeMap<>();

        void add(String currency, Object[] row) {
            visits += ((Number) row[3]).longValue();
            reservations += ((Number) row[4]).longValue();
            sales += ((Number) row[5]).longValue();
            tickets += ((Number) row[6]).longValue();
            refunds += ((Number) row[8]).longValue();
            refundedTickets += ((Number) row[9]).longValue();
            BigDecimal net = ((BigDecimal) row[7]).subtract((BigDecimal) row[10]);
            if (!currency.isEmpty()) {
                revenue.merge(currency.strip(), net, BigDecimal::add);
            }
        }

        JsonObjectBuilder json() {
            JsonObjectBuilder money = Json.createObjectBuilder();
            revenue.forEach((currency, amount) -> money.add(currency, amount.setScale(2, RoundingMode.HALF_UP).toPlainString()));
            return Json.createObjectBuilder().add("visits", visits).add("reservations", reservations).add("sales", sales)
                    .add("ticketsSold", tickets - refundedTickets).add("refunds", refunds).add("revenue", money);
        }
    }
}
