package io.marquee.platform.boundary;

import io.marquee.platform.control.MoneyRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as pages show them: "EUR 9.50", "JPY 1200", at the currency's own number of decimals. */
@Named
@ApplicationScoped
public class MoneyText {

    public String format(String currency, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        int decimals = MoneyRules.currency(currency).map(c -> c.getDefaultFractionDigits()).orElse(2);
        return currency + " " + amount.setScale(Math.max(decimals, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }
}
