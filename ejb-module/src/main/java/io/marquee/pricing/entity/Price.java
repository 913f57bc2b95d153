package io.marquee.pricing.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A price split into net and tax, each at the currency's minor-unit scale, with net + tax == gross
 * exactly: only one of the parts is rounded, the other is the difference.
 */
public record Price(Currency currency, BigDecimal gross, BigDecimal net, BigDecimal tax) {

    /** Half-up is what shoppers and tax authorities expect on a receipt (0.005 -> 0.01). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Price {
        Objects.requireNonNull(currency, "currency");
        if (net.add(tax).compareTo(gross) != 0) {
            throw new IllegalArgumentException("net " + net + " + tax " + tax + " != gross " + gross);
        }
    }

    /** A gross price: the tax is the part of it above net = gross * 100 / (100 + rate). */
    public static Price fromGross(Currency currency, BigDecimal gross, BigDecimal ratePercent) {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal exactGross = gross.setScale(scale, RoundingMode.UNNECESSARY);
        BigDecimal net = exactGross.multiply(HUNDRED).divide(HUNDRED.add(nonNegative(ratePercent)), scale, ROUNDING);
        return new Price(currency, exactGross, net, exactGross.subtract(net));
    }

    /** A net price: tax = net * rate / 100 is added on top. */
    public static Price fromNet(Currency currency, BigDecimal net, BigDecimal ratePercent) {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal exactNet = net.setScale(scale, RoundingMode.UNNECESSARY);
        BigDecimal tax = exactNet.multiply(nonNegative(ratePercent)).movePointLeft(2).setScale(scale, ROUNDING);
        return new Price(currency, exactNet.add(tax), exactNet, tax);
    }

    private static BigDecimal nonNegative(BigDecimal ratePercent) {
        if (ratePercent.signum() < 0) {
            throw new IllegalArgumentException("tax rate must not be negative: " + ratePercent);
        }
        return ratePercent;
    }
}
