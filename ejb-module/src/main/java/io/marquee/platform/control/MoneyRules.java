package io.marquee.platform.control;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** The rules every amount a client writes must keep: a known currency, its minor-unit scale, a sign. */
public final class MoneyRules {

    private MoneyRules() {
    }

    /**
     * Checks a currency-to-amount map at {@code path}: present, not empty, each amount in a known
     * currency at its scale, not negative (or, when {@code positive}, above zero).
     */
    public static void checkAmounts(Map<String, BigDecimal> amounts, String path, boolean positive, Violations found) {
        if (!found.present(path, amounts)) {
            return;
        }
        if (amounts.isEmpty()) {
            found.add(path, "not-empty", "an amount in at least one currency is required");
        }
        amounts.forEach((code, amount) -> checkAmount(code, amount, path + "." + code, positive, found));
    }

    private static void checkAmount(String code, BigDecimal amount, String path, boolean positive, Violations found) {
        Optional<Currency> currency = currency(code);
        if (currency.isEmpty()) {
            found.add(path, "currency", "'" + code + "' is not an ISO 4217 currency with minor units");
        }
        if (!found.present(path, amount)) {
            return;
        }
        if (positive && amount.signum() <= 0) {
            found.add(path, "positive", "the amount must be above zero, was " + amount.toPlainString());
        } else if (amount.signum() < 0) {
            found.add(path, "not-negative", "a price must not be negative, was " + amount.toPlainString());
        }
        currency.filter(known -> amount.stripTrailingZeros().scale() > known.getDefaultFractionDigits())
                .ifPresent(known -> found.add(path, "scale", amount.toPlainString() + " is finer than the "
                        + known.getDefaultFractionDigits() + " decimals of " + known.getCurrencyCode()));
    }

    /** Funds and metals such as XAU have no minor unit, so no price can be written in them. */
    public static Optional<Currency> currency(String code) {
        try {
            return Optional.of(Currency.getInstance(code)).filter(known -> known.getDefaultFractionDigits() >= 0);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
    }
}
