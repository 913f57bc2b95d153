package io.marquee.sales.control;

import io.marquee.organiser.control.Organisers;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * An organiser's sales reports, read from the day counters: by day and by traffic source, over the
 * last {@code days} days. A row holds the counts of one currency (sales, tickets, money); visits have
 * no currency, so they stand in the row without one, and adding up a column never counts twice.
 */
@Stateless
public class SalesReports {

    static final String CSV_HEADER = "%s,currency,visits,reservations,sales,tickets,gross,refunds,refunded_tickets,refunded,net\n";

    private static final String REPORT = """
            select %s, currency, sum(visits), sum(reservations), sum(sales), sum(tickets), sum(gross), sum(refunds),
                   sum(refunded_tickets), sum(refunded)
            from sales_aggregate
            where scope = 'organiser' and scope_id = ? and granularity = 'day' and dimension = ? and bucket >= ?
            group by 1, 2 order by 1 %s, 2""";

    /** By day (key: the day in the organiser's time zone) or by traffic source (key: the source). */
    public enum By {
        DAY("day", "all", "bucket", "desc"), SOURCE("source", "source", "item", "");

        final String column;
        final String dimension;
        final String key;
        final String order;

        By(String column, String dimension, String key, String order) {
            this.column = column;
            this.dimension = dimension;
            this.key = key;
            this.order = order;
        }
    }

    public record Row(String key, String currency, long visits, long reservations, long sales, long tickets,
                      BigDecimal gross, long refunds, long refundedTickets, BigDecimal refunded) {
        public BigDecimal net() {
            return gross.subtract(refunded);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisers organisers;

    public List<Row> report(OrganiserAccess access, long organiserId, By by, int days) {
        ZoneId zone = ZoneId.of(organisers.find(access, organiserId).getTimeZone());
        Instant from = LocalDate.now(zone).minusDays(days - 1L).atStartOfDay(zone).toInstant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(REPORT.formatted(by.key, by.order)).setParameter(1, organiserId)
                .setParameter(2, by.dimension).setParameter(3, Timestamp.from(from)).getResultList();
        return rows.stream().map(r -> new Row(by == By.DAY ? ((Timestamp) r[0]).toInstant().atZone(zone).toLocalDate().toString()
                : (String) r[0], (String) r[1], number(r[2]), number(r[3]), number(r[4]), number(r[5]), (BigDecimal) r[6],
                number(r[7]), number(r[8]), (BigDecimal) r[9])).toList();
    }

    /** The report as CSV (RFC 4180: a traffic source with a comma or quote is quoted). */
    public void writeCsv(OrganiserAccess access, long organiserId, By by, int days, Writer out) {
        List<Row> rows = report(access, organiserId, by, days);
        try {
            out.write(CSV_HEADER.formatted(by.column));
            for (Row row : rows) {
                out.write(String.join(",", quoted(row.key()), row.currency(), String.valueOf(row.visits()),
                        String.valueOf(row.reservations()), String.valueOf(row.sales()), String.valueOf(row.tickets()),
                        row.gross().toPlainString(), String.valueOf(row.refunds()), String.valueOf(row.refundedTickets()),
                        row.refunded().toPlainString(), row.net().toPlainString()) + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quoted(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
