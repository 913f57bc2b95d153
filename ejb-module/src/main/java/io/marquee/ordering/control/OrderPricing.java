package io.marquee.ordering.control;

import io.marquee.ordering.entity.Quote;
import io.marquee.ordering.entity.Quote.QuotedLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * The money rules of an order, exact at the currency's scale (its default fraction digits):
 * discounts per line, the platform fee of the total, and the fee a refund gives back.
 */
public final class OrderPricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrderPricing() {
    }

    /** A ticket type's price for the order; {@code discounted} when the promo code applies to it. */
    public record PricedLine(long ticketTypeId, String name, int quantity, BigDecimal unitPrice, boolean discounted) {
    }

    /** A promo code's value: a percentage of the price, or a fixed amount off each ticket (in the order's currency). */
    public record Discount(String code, BigDecimal percentOff, BigDecimal amountOff) {

        public static final Discount NONE = new Discount(null, null, null);

        BigDecimal of(PricedLine line, int scale) {
            if (!line.discounted() || code == null) {
                return BigDecimal.ZERO.setScale(scale);
            }
            BigDecimal gross = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
            if (percentOff != null) {
                return gross.multiply(percentOff).divide(HUNDRED, scale, RoundingMode.HALF_UP);
            }
            return line.unitPrice().min(amountOff).multiply(BigDecimal.valueOf(line.quantity())).setScale(scale,
                    RoundingMode.HALF_UP);
        }
    }

    public static int scale(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    public static BigDecimal atScale(BigDecimal amount, String currency) {
        return amount.setScale(scale(currency), RoundingMode.HALF_UP);
    }

    /** Prices are gross: the total is what the buyer pays, tax included; the fee comes out of the organiser's share. */
    public static Quote quote(String currency, List<PricedLine> lines, Discount discount, BigDecimal feeRate) {
        int scale = scale(currency);
        List<QuotedLine> quoted = lines.stream().map(line -> {
            BigDecimal gross = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())).setScale(scale,
                    RoundingMode.HALF_UP);
            BigDecimal off = discount.of(line, scale);
            return new QuotedLine(line.ticketTypeId(), line.name(), line.quantity(),
                    line.unitPrice().setScale(scale, RoundingMode.HALF_UP), off, gross.subtract(off));
        }).toList();
        BigDecimal subtotal = sum(quoted.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))).toList(), scale);
        BigDecimal off = sum(quoted.stream().map(QuotedLine::discount).toList(), scale);
        BigDecimal total = subtotal.subtract(off);
        return new Quote(currency, quoted, discount.code(), subtotal, off, BigDecimal.ZERO.setScale(scale),
                fee(total, feeRate, currency), total);
    }

    /** The platform's share of a gross amount. */
    public static BigDecimal fee(BigDecimal gross, BigDecimal feeRate, String currency) {
        return atScale(gross.multiply(feeRate), currency);
    }

    /**
     * The fee a refund of {@code amount} gives back: the order's fee in proportion, except that the
     * refund that empties the order gives back exactly what is left, so the order nets to zero.
     */
    public static BigDecimal feeReturned(BigDecimal orderFee, BigDecimal orderTotal, BigDecimal amount,
                                         BigDecimal feeReturnedBefore, boolean last, String currency) {
        if (last) {
            return orderFee.subtract(feeReturnedBefore);
        }
        if (orderTotal.signum() == 0) {
            return BigDecimal.ZERO.setScale(scale(currency));
        }
        BigDecimal share = orderFee.multiply(amount).divide(orderTotal, scale(currency), RoundingMode.HALF_UP);
        return share.min(orderFee.subtract(feeReturnedBefore));
    }

    private static BigDecimal sum(List<BigDecimal> amounts, int scale) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(scale, RoundingMode.HALF_UP);
    }
}
