package io.marquee.pricing.boundary;

import io.marquee.pricing.control.LenientJson;
import io.marquee.platform.control.InvalidInput;

import java.time.Instant;
import java.util.Currency;

/** The query parameters of pricing reads, checked in code: Payara's OpenAPI scanner fails on constraints on them. */
final class PriceQuery {

    private PriceQuery() {
    }

    /** Funds and metals such as XAU have no minor unit and are never a price's currency. */
    static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("currency", "required", "name the currency, e.g. currency=GBP");
        }
        try {
            Currency currency = Currency.getInstance(code.strip());
            if (currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        throw new InvalidInput("currency", "currency", "'" + code + "' is not an ISO 4217 currency with minor units");
    }

    static int bounded(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInput(field, "range", "between " + min + " and " + max);
        }
        return value;
    }
}
