package io.marquee.event.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One line of the console's small currency-and-amount tables (ticket prices, fixed promo discounts). */
public class PriceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String currency;
    private BigDecimal amount;

    public PriceRow() {
    }

    PriceRow(String currency, BigDecimal amount) {
        this.currency = currency;
        this.amount = amount;
    }

    static List<PriceRow> of(Map<String, BigDecimal> amounts) {
        return new ArrayList<>(amounts.entrySet().stream().map(e -> new PriceRow(e.getKey(), plain(e.getValue()))).toList());
    }

    /** 9.5 rather than the stored 9.5000, and 10 rather than 1E+1. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Blank lines are left out; a currency is written in capitals. The rules check the rest. */
    static Map<String, BigDecimal> amounts(List<PriceRow> rows) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        rows.stream().filter(r -> r.currency != null && !r.currency.isBlank() || r.amount != null)
                .forEach(r -> amounts.put(r.currency == null ? "" : r.currency.strip().toUpperCase(Locale.ROOT), r.amount));
        return amounts;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
