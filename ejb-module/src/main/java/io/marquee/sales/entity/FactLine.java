package io.marquee.sales.entity;

import java.math.BigDecimal;

/**
 * One ticket type's share of a fact: for a refund the quantity revoked and the amount returned,
 * both negative.
 */
public record FactLine(long ticketTypeId, String ticketType, int quantity, BigDecimal amount) {
}
