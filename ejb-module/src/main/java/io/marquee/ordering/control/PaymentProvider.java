package io.marquee.ordering.control;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A card payment provider. Amounts are exact at the currency's scale. A provider answers a card
 * it refuses with {@link Outcome#DECLINED} and its own trouble with {@link Outcome#FAILED}; only a
 * capture or a refund that fails throws {@link PaymentProviderFault}.
 */
public interface PaymentProvider {

    enum Outcome {
        /** The money is reserved on the card; capture it to take it. */
        AUTHORISED,
        /** Authorised once the buyer confirms at the provider (3-D Secure); the return or the webhook says so. */
        ACTION_REQUIRED,
        DECLINED,
        FAILED
    }

    /** {@code providerRef} names the payment at the provider (and in its webhooks). */
    record Authorisation(Outcome outcome, String providerRef, String message) {
    }

    String name();

    Authorisation authorise(String orderRef, BigDecimal amount, String currency, String cardNumber);

    /** Takes the authorised money; capturing the same payment again changes nothing. */
    void capture(String providerRef, BigDecimal amount, String currency);

    /** Pays back {@code amount} of a captured payment; answers the refund's reference at the provider. */
    String refund(String providerRef, BigDecimal amount, String currency);

    /** The payment a webhook reports as completed, when its signature is the provider's; empty otherwise. */
    Optional<String> completedPayment(String payload, String signature);
}
