package io.marquee.event.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A ticket type as an organiser writes it. {@code prices} maps an ISO 4217 currency code to the
 * gross price in it; a buyer can pay only in a listed currency.
 */
public record TicketTypeDraft(String name, String description, Integer capacity, Integer maxPerOrder,
                              Instant saleStartsAt, Instant saleEndsAt, boolean hidden, Integer streamLimit,
                              Map<String, BigDecimal> prices) {
}
