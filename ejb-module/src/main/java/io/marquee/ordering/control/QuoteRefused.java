package io.marquee.ordering.control;

import jakarta.ejb.ApplicationException;

import java.util.Currency;

/**
 * A rental was asked for at a quote that no longer holds: it expired ({@code rule} "expired") or the
 * price, tier or rights changed since it was issued ("price-changed"). Nothing is written; the
 * caller answers with the price now, as a fresh quote to retry with.
 */
@ApplicationException(rollback = true)
public class QuoteRefused extends RuntimeException {

    public static final String EXPIRED = "expired";
    public static final String PRICE_CHANGED = "price-changed";

    private final String quoteId;
    private final String rule;
    private final long productId;
    private final Currency currency;

    public QuoteRefused(String quoteId, String rule, long productId, Currency currency, String detail) {
        super(detail);
        this.quoteId = quoteId;
        this.rule = rule;
        this.productId = productId;
        this.currency = currency;
    }

    public String quoteId() {
        return quoteId;
    }

    public String rule() {
        return rule;
    }

    public long productId() {
        return productId;
    }

    public Currency currency() {
        return currency;
    }
}
