package io.marquee.ordering.entity;

import java.util.List;

/**
 * What a buyer asks for: tickets of one event, paid in {@code currency}; optionally a promo code and
 * an access code that reveals hidden ticket types. {@code buyerEmail} is needed to reserve, not to quote.
 */
public record OrderRequest(String currency, List<Line> lines, String promoCode, String accessCode, String buyerEmail,
                           CustomerOrder.Source source) {

    public OrderRequest {
        lines = lines == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
    }

    /** Boxed values: a client may leave them out, and the rules name what is missing. */
    public record Line(Long ticketTypeId, Integer quantity) {
    }
}
