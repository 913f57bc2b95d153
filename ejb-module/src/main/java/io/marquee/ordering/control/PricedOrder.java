package io.marquee.ordering.control;

import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.PromoCode;
import io.marquee.ordering.entity.Quote;

import java.util.Optional;

/** A checked request: its event, its quote and the promo code it uses (if any). */
public record PricedOrder(LiveEvent event, Quote quote, Optional<PromoCode> promoCode) {
}
