package io.marquee.sales.control;

import io.marquee.sales.entity.FactsPublished;
import io.marquee.sales.entity.SalesFact;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Numbers committed facts in id order and announces them, one batch per transaction. An advisory
 * lock lets one instance number at a time, so seq grows in commit order of these transactions and a
 * stream reader resuming after seq N never misses a fact (a fact still uncommitted has no seq yet).
 */
@Stateless
public class SalesFactNumbering {

    static final int BATCH = 1000;
    /** Any constant of our own; advisory locks are per database. */
    private static final long LOCK = 0x5a1e5_fac75L;

    private static final String NUMBER = "with next as (select id, (select coalesce(max(seq), 0) from sales_fact) "
            + "+ row_number() over (order by id) as seq from sales_fact where seq is null order by id limit ?) "
            + "update sales_fact f set seq = next.seq from next where f.id = next.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FactsPublished> published;

    /** Numbers up to {@link #BATCH} facts; answers how many (0 also when another instance is at it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int publishPending() {
        if (!flag("select exists (select 1 from sales_fact where seq is null)")
                || !flag("select pg_try_advisory_xact_lock(" + LOCK + ")")) {
            return 0;
        }
        long before = ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from sales_fact")
                .getSingleResult()).longValue();
        int numbered = em.createNativeQuery(NUMBER).setParameter(1, BATCH).executeUpdate();
        if (numbered > 0) {
            List<SalesFact> facts = em.createNamedQuery(SalesFact.PUBLISHED_AFTER, SalesFact.class)
                    .setParameter("after", before).setParameter("upTo", before + numbered).getResultList();
            published.fire(new FactsPublished(facts));
        }
        return numbered;
    }

    private boolean flag(String sql) {
        return (Boolean) em.createNativeQuery(sql).getSingleResult();
    }
}
