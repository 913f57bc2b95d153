package io.marquee.pricing.control;

import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.ConsoleRole;
import io.marquee.pricing.entity.TaxRate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/** The rate table the admins maintain: a template's taxCode names a row of it. */
@Stateless
public class TaxRates {

    /** What the rate_percent column holds: numeric(7, 4). */
    private static final int RATE_SCALE = 4;
    private static final BigDecimal RATE_LIMIT = BigDecimal.valueOf(1000);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PricingChanges.Written> written;

    public boolean known(String code) {
        return code != null && em.find(TaxRate.class, code) != null;
    }

    /** Templates are checked against this table when written, so a missing rate is a fault, not input. */
    public BigDecimal rateOf(String code) {
        TaxRate rate = em.find(TaxRate.class, code);
        if (rate == null) {
            throw new IllegalStateException("no tax rate for code " + code);
        }
        return rate.getRatePercent();
    }

    /** The whole table, by code. */
    public List<TaxRate> all() {
        return em.createQuery("select r from TaxRate r order by r.code", TaxRate.class).getResultList();
    }

    @Audited("tax-rate.set")
    @RolesAllowed(ConsoleRole.PLATFORM_ADMIN)
    public void set(String code, BigDecimal ratePercent) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("code", "required", "a tax rate needs a code");
        }
        if (ratePercent == null || ratePercent.signum() < 0) {
            throw new InvalidInput("ratePercent", "not-negative", "a tax rate must be zero or more percent");
        }
        if (ratePercent.stripTrailingZeros().scale() > RATE_SCALE || ratePercent.compareTo(RATE_LIMIT) >= 0) {
            throw new InvalidInput("ratePercent", "range", "a tax rate is below 1000 percent, with at most "
                    + RATE_SCALE + " decimals");
        }
        written.fire(new PricingChanges.Written("tax rate " + code.strip()));
        TaxRate rate = em.find(TaxRate.class, code.strip());
        if (rate == null) {
            em.persist(new TaxRate(code.strip(), ratePercent));
        } else {
            rate.setRatePercent(ratePercent);
        }
    }
}
