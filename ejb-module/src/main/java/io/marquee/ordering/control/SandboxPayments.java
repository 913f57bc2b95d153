package io.marquee.ordering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import io.marquee.platform.control.UnguessableIds;

/**
 * The embedded default's payment provider: no network, deterministic by card number (see
 * docs/sandbox-payments.md). Its webhook is signed like a real provider's: hex HMAC-SHA256 of the
 * body with the shared secret {@code marquee.payments.sandbox.webhook-secret}, in the header
 * {@link #SIGNATURE_HEADER}, compared in constant time.
 */
@ApplicationScoped
public class SandboxPayments implements PaymentProvider {

    public static final String NAME = "sandbox";
    public static final String SIGNATURE_HEADER = "Sandbox-Signature";
    public static final String SUCCEEDS = "4242424242424242";
    public static final String DECLINES = "4000000000000002";
    public static final String PROVIDER_ERROR = "4000000000009995";
    public static final String NEEDS_BUYER_ACTION = "4000000000003220";

    private static final Map<String, Outcome> CARDS = Map.of(SUCCEEDS, Outcome.AUTHORISED, DECLINES, Outcome.DECLINED,
            PROVIDER_ERROR, Outcome.FAILED, NEEDS_BUYER_ACTION, Outcome.ACTION_REQUIRED);

    @Inject
    @ConfigProperty(name = "marquee.payments.sandbox.webhook-secret", defaultValue = "sandbox-webhook-secret")
    String webhookSecret;

    @Override
    public String name() {
        return NAME;
    }

    /** Unknown card numbers are declined, as a real provider does with a card it does not know. */
    @Override
    public Authorisation authorise(String orderRef, BigDecimal amount, String currency, String cardNumber) {
        Outcome outcome = CARDS.getOrDefault(cardNumber, Outcome.DECLINED);
        String message = switch (outcome) {
            case AUTHORISED -> null;
            case ACTION_REQUIRED -> "the buyer confirms the payment at the provider";
            case DECLINED -> "the card was declined";
            case FAILED -> "the provider could not process the payment";
        };
        return new Authorisation(outcome, "sbx_" + UnguessableIds.next(), message);
    }

    @Override
    public void capture(String providerRef, BigDecimal amount, String currency) {
        // the sandbox holds no money: an authorised sandbox payment is always capturable
    }

    @Override
    public String refund(String providerRef, BigDecimal amount, String currency) {
        return "sbx_re_" + UnguessableIds.next();
    }

    @Override
    public Optional<String> completedPayment(String payload, String signature) {
        if (payload == null || signature == null
                || !MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(payload))) {
            JsonObject event = reader.readObject();
            return "payment.succeeded".equals(event.getString("type", null))
                    && event.get("paymentRef") instanceof JsonString ref ? Optional.of(ref.getString()) : Optional.empty();
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The signature the sandbox puts on a webhook body (tests and the demo use it to play the provider). */
    public String sign(String payload) {
        return signature(webhookSecret, payload);
    }

    public static String signature(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
