package io.marquee.event.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A promo code as an organiser writes it: either {@code percentOff} or {@code amountsOff} (a fixed
 * amount per currency, off each ticket), never both. No ticket type ids means every ticket type.
 */
public record PromoCodeDraft(String code, BigDecimal percentOff, Map<String, BigDecimal> amountsOff, Integer usageCap,
                             Instant validFrom, Instant validUntil, Set<Long> ticketTypeIds) {
}
