package io.marquee.pricing.boundary;

import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.InvalidInput;
import io.marquee.pricing.control.TaxRates;
import io.marquee.pricing.entity.TaxRate;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Platform admins keep the tax-rate table that templates' tax codes name. */
@Named
@ViewScoped
public class TaxRatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaxRates taxRates;

    private List<TaxRate> rates;
    private String code;
    private BigDecimal ratePercent;

    public List<TaxRate> getRates() {
        if (rates == null) {
            rates = taxRates.all();
        }
        return rates;
    }

    public void set() {
        try {
            taxRates.set(code, ratePercent);
            ConsoleMessages.info("Tax rate " + code.strip() + " is now " + ratePercent.toPlainString()
                    + " %. Prices answered from now on use it.");
            rates = null;
            code = null;
            ratePercent = null;
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, field -> Optional.of("taxRate:" + field));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public void setRatePercent(BigDecimal ratePercent) {
        this.ratePercent = ratePercent;
    }
}
