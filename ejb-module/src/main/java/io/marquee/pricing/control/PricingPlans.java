package io.marquee.pricing.control;

import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.entity.PricingPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The materialised plan of each product priced lately, with its organiser and the rate of its tax
 * code, so a price costs no database statement at all instead of loading the product, its template
 * and every tier with its prices and grants (some 25 statements).
 * <p>
 * Never stale, also with several servers on one database: every write a plan depends on (a template
 * edit or new Absolute tier, an ingest, a propagation chunk, a tax rate) announces itself once it has
 * committed ({@link PricingChanges}), on every instance, before the write answers; that moves the
 * {@link #evictAll() generation} on. A plan counts only in the generation it was read in, and it is read
 * after its generation was taken: a plan read while a write commits belongs to the generation before
 * the write's announcement, so it is never used after it.
 */
@ApplicationScoped
public class PricingPlans {

    /** Bounds memory; past it the cache starts again, which costs one reload per product. */
    static final int MAX_PLANS = 10_000;

    /** A product's plan as it stands, the organiser it belongs to, and the current rate of its tax code. */
    public record Current(long organiserId, PricingPlan plan, BigDecimal taxRatePercent) {
    }

    private record Cached(long generation, Current current) {
    }

    @Inject
    Products products;

    private final Map<Long, Cached> plans = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /**
     * The plan of a product the caller may see, from the cache while no pricing write came since it
     * was read.
     *
     * @throws NotFound for a product that does not exist or that another organiser owns
     */
    public Current current(OrganiserAccess access, long productId) {
        long now = generation.get();
        Cached cached = plans.get(productId);
        if (cached == null || cached.generation() != now) {
            cached = new Cached(now, products.current(productId));
            remember(productId, cached);
        }
        if (!access.allows(cached.current().organiserId())) {
            throw new NotFound("product", productId);
        }
        return cached.current();
    }

    /** A pricing write committed (here or on another instance): no plan read before counts any more. */
    public void evictAll() {
        generation.incrementAndGet();
        plans.clear();
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
