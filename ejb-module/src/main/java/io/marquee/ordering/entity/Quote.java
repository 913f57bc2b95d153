package io.marquee.ordering.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an order costs, in one currency at its scale. Ticket prices are gross (tax included), so
 * {@code total = subtotal - discount} is what the buyer pays; {@code tax} is the part of it that is
 * tax (0 until tax rules for events exist). {@code platformFee} is informational: the platform's share
 * of the total, taken from the organiser's side, never added for the buyer.
 */
public record Quote(String currency, List<QuotedLine> lines, String promoCode, BigDecimal subtotal,
                    BigDecimal discount, BigDecimal tax, BigDecimal platformFee, BigDecimal total) {

    public Quote {
        lines = List.copyOf(lines);
    }

    /** One ticket type's part: {@code quantity x unitPrice - discount}. */
    public record QuotedLine(long ticketTypeId, String name, int quantity, BigDecimal unitPrice, BigDecimal discount,
                             BigDecimal total) {
    }
}
