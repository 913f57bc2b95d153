package io.marquee.event.control;

import io.marquee.event.entity.EventDraft;
import io.marquee.event.entity.PromoCodeDraft;
import io.marquee.event.entity.TicketTypeDraft;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

class EventRulesTest {

    private static final Instant START = Instant.parse("2026-12-01T19:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T21:00:00Z");

    @Test
    void aCompleteEventPasses() {
        assertThatCode(() -> EventRules.checkEvent(new EventDraft("Concert", null, START, END, "Europe/Oslo")))
                .doesNotThrowAnyException();
    }

    @Test
    void anEventEndsAfterItStartsInAKnownZone() {
        assertThat(violations(() -> EventRules.checkEvent(new EventDraft(" ", null, END, START, "Mars/Olympus"))))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("title", "required"),
                        tuple("endsAt", "after-start"),
                        tuple("timeZone", "known"));
    }

    @Test
    void aTicketTypeNeedsCapacityAndPricesAtTheCurrencysScale() {
        TicketTypeDraft draft = new TicketTypeDraft("Stream", null, 0, 11, START, END, false, 2,
                Map.of("JPY", new BigDecimal("100.5"), "EUR", new BigDecimal("-1")));
        assertThat(violations(() -> EventRules.checkTicketType(draft))).extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("capacity", "range"),
                        tuple("prices.JPY", "scale"),
                        tuple("prices.EUR", "not-negative"));
    }

    @Test
    void aPromoCodeIsAPercentageOrFixedAmountsNeverBoth() {
        PromoCodeDraft both = new PromoCodeDraft("SAVE10", BigDecimal.TEN, Map.of("EUR", BigDecimal.ONE), null, START,
                END, Set.of());
        PromoCodeDraft tooMuch = new PromoCodeDraft("SAVE", new BigDecimal("100.01"), Map.of(), 0, START, END, Set.of());
        assertThat(violations(() -> EventRules.checkPromoCode(both))).extracting(Violation::rule).containsExactly("one-of");
        assertThat(violations(() -> EventRules.checkPromoCode(tooMuch))).extracting(Violation::field)
                .containsExactlyInAnyOrder("percentOff", "usageCap");
    }

    @Test
    void aFixedPromoAmountIsAboveZero() {
        PromoCodeDraft zero = new PromoCodeDraft("FREE", null, Map.of("EUR", BigDecimal.ZERO), null, START, END, Set.of());
        assertThat(violations(() -> EventRules.checkPromoCode(zero))).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("amountsOff.EUR", "positive"));
    }

    private static List<Violation> violations(Runnable check) {
        return catchThrowableOfType(InvalidInput.class, check::run).violations();
    }
}
