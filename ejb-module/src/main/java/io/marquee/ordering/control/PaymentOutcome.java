package io.marquee.ordering.control;

import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.Payment;

/** An order after a payment attempt, and the attempt: captured (the order is confirmed), authorised (waiting for the buyer), declined or failed. */
public record PaymentOutcome(CustomerOrder order, Payment payment) {
}
