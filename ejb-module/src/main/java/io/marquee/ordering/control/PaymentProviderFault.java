package io.marquee.ordering.control;

import jakarta.ejb.ApplicationException;

/** The provider could not do what was asked (its fault, not the buyer's): 502, nothing written. */
@ApplicationException(rollback = true)
public class PaymentProviderFault extends RuntimeException {

    public PaymentProviderFault(String message) {
        super(message);
    }
}
