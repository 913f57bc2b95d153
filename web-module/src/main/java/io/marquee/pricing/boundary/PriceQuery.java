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

    /** @return null when the caller asks about now */
    static Instant at(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        return LenientJson.iso(at.strip()).orElseThrow(() ->
                new InvalidInput("at", "format", "at must be an ISO-8601 instant, e.g. 2020-05-16T12:00:00Z"));
    }

    static int bounded(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInput(field, "range", "between " + min + " and " + max);
        }
        return value;
    }
}
