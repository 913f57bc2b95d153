package io.marquee.pricing.control;

import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The materialised plan of each product priced lately, so a price costs one small query instead of
 * loading the product, its template and every tier with its prices and grants (some 25 statements).
 * <p>
 * Never stale, also with several servers on one database: every price first reads the product's
 * {@link Stamp} in one indexed statement, and a plan is used only while its stamp is unchanged.
 * The stamp moves with every write a plan depends on: the product's version (its terms), the
 * template's version (zone, tax inclusion and code, and every template edit, which re-materialises),
 * and the count and newest id of its materialised tiers (re-materialising replaces them with new
 * rows; they are never updated in place). The tax rate is not cached at all: it comes with the stamp.
 */
@ApplicationScoped
public class PricingPlans {

    /** Bounds memory; past it the cache starts again, which costs one reload per product. */
    static final int MAX_PLANS = 10_000;

    /** What a plan was made from; equal stamps mean an equal plan. */
    record Stamp(int productVersion, int templateVersion, long tierCount, long newestTier) {
    }

    /** A product's plan as it stands, the organiser it belongs to, and the current rate of its tax code. */
    public record Current(long organiserId, PricingPlan plan, BigDecimal taxRatePercent) {
    }

    private record Cached(Stamp stamp, PricingPlan plan) {
    }

    private static final String STAMP = """
            select t.organiser_id, p.version, t.version, r.rate_percent,
                   (select count(*) from product_tier pt where pt.product_id = p.id),
                   (select coalesce(max(pt.id), 0) from product_tier pt where pt.product_id = p.id)
            from product p
            join offer_template t on t.id = p.offer_template_id
            left join tax_rate r on r.code = t.tax_code
            where p.id = ?1
            """;

    private final Map<Long, Cached> plans = new ConcurrentHashMap<>();

    /**
     * The plan of a product the caller may see, from the cache while its stamp holds.
     *
     * @throws NotFound for a product that does not exist or that another organiser owns
     */
    public Current current(EntityManager em, OrganiserAccess access, long productId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STAMP).setParameter(1, productId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("product", productId);
        }
        Object[] row = rows.get(0);
        long organiserId = ((Number) row[0]).longValue();
        if (!access.allows(organiserId)) {
            throw new NotFound("product", productId);
        }
        Stamp stamp = new Stamp(((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                ((Number) row[4]).longValue(), ((Number) row[5]).longValue());
        Cached cached = plans.get(productId);
        PricingPlan plan;
        if (cached != null && cached.stamp().equals(stamp)) {
            plan = cached.plan();
        } else {
            // read after the stamp, so the plan is as new as the stamp or newer: if newer, the next
            // price sees another stamp and loads again, never a stale plan
            Product product = Visible.product(em, access, productId);
            plan = product.plan();
            remember(productId, new Cached(stamp, plan));
        }
        BigDecimal rate = (BigDecimal) row[3];
        if (rate == null) {
            throw new IllegalStateException("no tax rate for code " + plan.taxCode());
        }
        return new Current(organiserId, plan, rate);
    }

    private void remember(long productId, Cached cached) {
        if (plans.size() >= MAX_PLANS) {
            plans.clear();
        }
        plans.put(productId, cached);
    }

    int size() {
        return plans.size();
    }
}
