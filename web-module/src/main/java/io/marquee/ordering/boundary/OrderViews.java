package io.marquee.ordering.boundary;

import io.marquee.ordering.control.OrderPricing;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.OrderLine;
import io.marquee.ordering.entity.Payment;
import io.marquee.ordering.entity.Quote;
import io.marquee.ordering.entity.Refund;
import io.marquee.ordering.entity.Ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the partner API shows of orders: amounts at the currency's scale, orders and tickets by public id. */
public final class OrderViews {

    private OrderViews() {
    }

    public record LineView(long ticketTypeId, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal total) {
    }

    /** {@code eventId} for tickets, or {@code productId} and {@code quoteId} for a rental. */
    public record OrderView(String id, Long eventId, Long productId, String quoteId, String status, String buyerEmail, String currency,
                            BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal platformFee,
                            BigDecimal total, BigDecimal refunded, Instant holdExpiresAt, Instant createdAt,
                            Instant confirmedAt, List<LineView> lines) {
        public static OrderView of(CustomerOrder o) {
            String c = o.getCurrency();
            return new OrderView(o.getPublicId(), o.getEventId(), o.getProductId(),
                    o.getIssuedQuoteId(), o.getStatus().wireName(), o.getBuyerEmail(), c,
                    scaled(o.getSubtotal(), c), scaled(o.getDiscount(), c), scaled(o.getTax(), c),
                    scaled(o.getPlatformFee(), c), scaled(o.getTotal(), c), scaled(o.getRefunded(), c),
                    o.getHoldExpiresAt(), o.getCreatedAt(), o.getConfirmedAt(),
                    o.getLines().stream().map(l -> line(l, c)).toList());
        }

        private static LineView line(OrderLine l, String currency) {
            return new LineView(l.getTicketTypeId(), l.getQuantity(), scaled(l.getUnitPrice(), currency),
                    scaled(l.getDiscount(), currency), scaled(l.total(), currency));
        }
    }

    public record PaymentView(String paymentRef, String status, BigDecimal amount, String currency, String failure,
                              OrderView order) {
        public static PaymentView of(Payment p, CustomerOrder order) {
            return new PaymentView(p.getProviderRef(), p.getStatus().wireName(), scaled(p.getAmount(), p.getCurrency()),
                    p.getCurrency(), p.getFailure(), OrderView.of(order));
        }
    }

    public record RefundView(long id, BigDecimal amount, String reason, Instant createdAt, OrderView order) {
        public static RefundView of(Refund r, CustomerOrder order) {
            return new RefundView(r.getId(), scaled(r.getAmount(), order.getCurrency()), r.getReason(), r.getCreatedAt(),
                    OrderView.of(order));
        }
    }

    /** {@code ticketTypeId} is null for a rental's ticket. */
    public record TicketView(String token, Long ticketTypeId, String status, Instant createdAt, Instant revokedAt) {
        public static TicketView of(Ticket t) {
            return new TicketView(t.getToken(), t.getTicketTypeId(), t.getStatus(), t.getCreatedAt(), t.getRevokedAt());
        }
    }

    public record QuoteView(String currency, List<Quote.QuotedLine> lines, String promoCode, BigDecimal subtotal,
                            BigDecimal discount, BigDecimal tax, BigDecimal platformFee, BigDecimal total) {
        public static QuoteView of(Quote q) {
            return new QuoteView(q.currency(), q.lines(), q.promoCode(), q.subtotal(), q.discount(), q.tax(),
                    q.platformFee(), q.total());
        }
    }

    static BigDecimal scaled(BigDecimal amount, String currency) {
        return OrderPricing.atScale(amount, currency);
    }
}
