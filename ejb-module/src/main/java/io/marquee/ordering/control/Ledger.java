package io.marquee.ordering.control;

import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The fee and payout ledger of an organiser: every confirmed order's gross, the platform fee and the
 * organiser's net, and the reversals of refunds; balances per currency; a CSV export.
 */
@Stateless
public class Ledger {

    static final String CSV_HEADER = "booked_at,kind,order,currency,gross,fee,net\n";

    @PersistenceContext
    EntityManager em;

    /** Sums of one currency: what buyers paid, the platform's fee, and what the organiser is owed. */
    public record Balance(String currency, BigDecimal gross, BigDecimal fee, BigDecimal net) {
    }

    /** One ledger line as the organiser reads it: the order by its public id. */
    public record Row(Instant bookedAt, String kind, String orderId, String currency, BigDecimal gross, BigDecimal fee,
                      BigDecimal net) {
    }

    public List<Balance> balances(OrganiserAccess access, long organiserId) {
        check(access, organiserId);
        return em.createQuery("select e.currency, sum(e.gross), sum(e.fee), sum(e.net) from LedgerEntry e "
                        + "where e.organiserId = :id group by e.currency order by e.currency", Object[].class)
                .setParameter("id", organiserId).getResultStream()
                .map(r -> new Balance((String) r[0], (BigDecimal) r[1], (BigDecimal) r[2], (BigDecimal) r[3])).toList();
    }

    public List<Row> entries(OrganiserAccess access, long organiserId) {
        check(access, organiserId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.booked_at, e.kind, o.public_id, e.currency, e.gross, e.fee, "
                + "e.net from ledger_entry e join customer_order o on o.id = e.order_id where e.organiser_id = ? "
                + "order by e.booked_at, e.id").setParameter(1, organiserId).getResultList();
        return rows.stream().map(r -> new Row(((Timestamp) r[0]).toInstant(), (String) r[1], (String) r[2],
                ((String) r[3]).strip(), scaled(r[4], r[3]), scaled(r[5], r[3]), scaled(r[6], r[3]))).toList();
    }

    /** The entries as CSV (RFC 4180; no field needs quoting: ids are URL-safe, amounts plain). */
    public void writeCsv(OrganiserAccess access, long organiserId, Writer out) {
        try {
            out.write(CSV_HEADER);
            for (Row row : entries(access, organiserId)) {
                out.write(String.join(",", row.bookedAt().toString(), row.kind(), row.orderId(), row.currency(),
                        row.gross().toPlainString(), row.fee().toPlainString(), row.net().toPlainString()) + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal scaled(Object amount, Object currency) {
        return OrderPricing.atScale((BigDecimal) amount, ((String) currency).strip());
    }

    private void check(OrganiserAccess access, long organiserId) {
        if (!access.allows(organiserId) || em.find(Organiser.class, organiserId) == null) {
            throw new NotFound("organiser", organiserId);
        }
    }
}
