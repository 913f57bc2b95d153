package io.marquee.ordering.control;

import jakarta.ejb.ApplicationException;

/**
 * The card was declined in a one-request checkout ({@link Orders#checkout}): 402, and nothing is written
 * or held (the buyer may try another card; the tickets stay on sale).
 */
@ApplicationException(rollback = true)
public class PaymentDeclined extends RuntimeException {

    private final String paymentRef;

    public PaymentDeclined(String paymentRef, String message) {
        super(message);
        this.paymentRef = paymentRef;
    }

    /** The attempt's reference at the provider. */
    public String paymentRef() {
        return paymentRef;
    }
}
