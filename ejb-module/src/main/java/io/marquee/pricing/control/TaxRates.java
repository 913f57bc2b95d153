package io.marquee.pricing.control;

import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.ConsoleRole;
import io.marquee.pricing.entity.TaxRate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;

/** The rate table the admins maintain: a template's taxCode names a row of it. */
@Stateless
public class TaxRates {

    @PersistenceContext
    EntityManager em;

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

    @Audited("tax-rate.set")
    @RolesAllowed(ConsoleRole.PLATFORM_ADMIN)
    public void set(String code, BigDecimal ratePercent) {
        if (ratePercent == null || ratePercent.signum() < 0) {
            throw new InvalidInput("ratePercent", "not-negative", "a tax rate must be zero or more percent");
        }
        TaxRate rate = em.find(TaxRate.class, code);
        if (rate == null) {
            em.persist(new TaxRate(code, ratePercent));
        } else {
            rate.setRatePercent(ratePercent);
        }
    }
}
