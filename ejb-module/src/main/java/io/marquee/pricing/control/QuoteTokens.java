package io.marquee.pricing.control;

import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.SecretBox;
import io.marquee.pricing.entity.IssuedQuote;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Currency;
import java.util.List;

/**
 * Quote ids that carry their quote: {@code q1.<terms>.<signature>}, the terms (product, tier,
 * currency, gross/net/tax, rights, rental end, when priced, expiry) in base64url and an HMAC-SHA256 of
 * them (128 bits) under a key of the installation. Issuing a quote writes nothing, every instance can
 * check one, and nobody can alter its price or expiry: a rental verifies it and then compares it with
 * the price now, as it did a stored quote. Instants are kept to the millisecond.
 */
public final class QuoteTokens {

    private static final String PREFIX = "q1.";
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** The fields before the rights, which take the remaining lines (grant references hold no line break). */
    private static final int FIXED_FIELDS = 9;

    /** Initialised once and never used itself: each signature clones it, cheaper than a provider lookup. */
    private final Mac prototype;

    private QuoteTokens(SecretKeySpec key) {
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Quotes signed under the installation's secrets ({@code marquee.secrets.key}), with a key of their own. */
    public static QuoteTokens under(SecretBox secrets) {
        return new QuoteTokens(secrets.derivedKey("marquee price quotes"));
    }

    /** The quote with its id: its terms, signed. */
    public IssuedQuote sign(IssuedQuote quote) {
        List<String> lines = new ArrayList<>(List.of(Long.toString(quote.productId()), quote.tierLabel(),
                quote.currency().getCurrencyCode(), quote.gross().toPlainString(), quote.net().toPlainString(),
                quote.tax().toPlainString(), millis(quote.rentalEnd()), millis(quote.pricedAt()),
                millis(quote.expiresAt())));
        lines.addAll(quote.grants());
        String terms = ENCODER.encodeToString(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return quote.signed(PREFIX + terms + "." + ENCODER.encodeToString(signature(terms)));
    }

    /**
     * The quote {@code id} stands for.
     *
     * @throws InvalidInput on {@code quoteId}: "format" for what is no quote id at all, "known" for one
     *                      this installation did not sign as it reads (altered, or signed elsewhere)
     */
    public IssuedQuote verify(String id) {
        String token = id.strip();
        int dot = token.lastIndexOf('.');
        if (!token.startsWith(PREFIX) || dot <= PREFIX.length()) {
            throw malformed(id);
        }
        String terms = token.substring(PREFIX.length(), dot);
        byte[] given;
        String[] lines;
        try {
            given = DECODER.decode(token.substring(dot + 1));
            lines = new String(DECODER.decode(terms), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException notBase64) {
            throw malformed(id);
        }
        if (!MessageDigest.isEqual(given, signature(terms)) || lines.length < FIXED_FIELDS) {
            throw new InvalidInput("quoteId", "known", "quote " + id + " was not issued for your organisers' titles"
                    + " (or was altered since)");
        }
        return new IssuedQuote(token, Long.parseLong(lines[0]), lines[1], Currency.getInstance(lines[2]),
                new BigDecimal(lines[3]), new BigDecimal(lines[4]), new BigDecimal(lines[5]),
                Arrays.asList(lines).subList(FIXED_FIELDS, lines.length), instant(lines[6]), instant(lines[7]),
                instant(lines[8]));
    }

    private byte[] signature(String terms) {
        try {
            Mac mac = (Mac) prototype.clone();
            return Arrays.copyOf(mac.doFinal(terms.getBytes(StandardCharsets.US_ASCII)), SIGNATURE_BYTES);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
    }

    private static InvalidInput malformed(String id) {
        return new InvalidInput("quoteId", "format", "'" + id + "' is not a quote id (the quoteId of a price answer)");
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    private static Instant instant(String millis) {
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }
}
