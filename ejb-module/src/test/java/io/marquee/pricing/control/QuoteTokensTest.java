package io.marquee.pricing.control;

import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.SecretBox;
import io.marquee.pricing.entity.Availability;
import io.marquee.pricing.entity.IssuedQuote;
import io.marquee.pricing.entity.Price;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.Purchase;
import io.marquee.pricing.entity.TierType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A quote id carries its quote: read back exactly as signed, refused when altered or signed under another key. */
class QuoteTokensTest {

    private static final Instant AT = Instant.parse("2026-03-15T12:00:00.123456Z");
    private static final QuoteTokens TOKENS = QuoteTokens.under(SecretBox.of(SecretBox.newKey()));

    @Test
    void aSignedQuoteReadsBackAsItWasIssued() {
        IssuedQuote issued = TOKENS.sign(quote(List.of("10112", "hd")));

        IssuedQuote read = TOKENS.verify(issued.id());

        assertThat(read).isEqualTo(issued);
        assertThat(read.gross()).isEqualByComparingTo("3.49");
        assertThat(read.grants()).containsExactly("10112", "hd");
        assertThat(read.pricedAt()).isEqualTo(Instant.parse("2026-03-15T12:00:00.123Z"));
        assertThat(TOKENS.verify(TOKENS.sign(quote(List.of())).id()).grants()).isEmpty();
    }

    @Test
    void anAlteredQuoteOrOneSignedElsewhereIsNotKnown() {
        String id = TOKENS.sign(quote(List.of("10112"))).id();
        String[] parts = id.split("\\.");
        String terms = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String cheaper = Base64.getUrlEncoder().withoutPadding().encodeToString(
                terms.replace("3.49", "0.01").getBytes(StandardCharsets.UTF_8));

        assertRefused(parts[0] + "." + cheaper + "." + parts[2], "known");
        assertRefused(QuoteTokens.under(SecretBox.of(SecretBox.newKey())).sign(quote(List.of())).id(), "known");
    }

    @Test
    void whatIsNoQuoteIdIsMalformed() {
        assertRefused(UUID.randomUUID().toString(), "format");
        assertRefused("q1.", "format");
        assertRefused("q1.not base64!.x", "format");
    }

    private static void assertRefused(String id, String rule) {
        assertThatThrownBy(() -> TOKENS.verify(id)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("quoteId");
                    assertThat(v.rule()).isEqualTo(rule);
                }));
    }

    private static IssuedQuote quote(List<String> grants) {
        Price price = Price.fromGross(Currency.getInstance("GBP"), new BigDecimal("3.49"), new BigDecimal("20"));
        PriceAnswer answer = new PriceAnswer(AT, Availability.PURCHASABLE, "P1", TierType.PRECEDENT, null, List.of(),
                new Purchase(price, grants, AT.plusSeconds(48 * 3600)), null);
        return IssuedQuote.of(42, answer, AT.plusSeconds(900));
    }
}
