package io.marquee.ordering.control;

import io.marquee.ordering.entity.TicketEmail;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TicketEmailComposerTest {

    private static final TicketEmail MAIL = new TicketEmail("buyer@example.org", "ORD-1", "http://127.0.0.1:8080/orders/ORD-1", "Rock & <Roll> Ltd",
            "#1f2a44", "#f5b700", "<script>alert(1)</script> Live", Instant.parse("2026-12-01T19:00:00Z"),
            null, ZoneId.of("Europe/Oslo"), List.of(new TicketEmail.Ticket("tok_123", "Stream ticket",
            "http://127.0.0.1:8080/tickets/tok_123")));

    @Test
    void theHtmlPartEscapesWhatOrganisersWrote() {
        String html = TicketEmailComposer.html(MAIL);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; Live")
                .contains("Rock &amp; &lt;Roll&gt; Ltd");
    }

    @Test
    void bothPartsCarryTheTicketIdAndTheWatchLink() {
        assertThat(TicketEmailComposer.html(MAIL)).contains("Ticket tok_123")
                .contains("href=\"http://127.0.0.1:8080/tickets/tok_123\"").contains(">Watch</a>");
        assertThat(TicketEmailComposer.text(MAIL)).contains("Ticket tok_123")
                .contains("Watch: http://127.0.0.1:8080/tickets/tok_123");
    }

    @Test
    void theStartIsShownInTheEventsTimeZone() {
        // 19:00 UTC is 20:00 in Oslo in December
        assertThat(TicketEmailComposer.text(MAIL)).contains("20:00").contains("Europe/Oslo");
    }

    @Test
    void aRentalSaysUntilWhenItPlays() {
        TicketEmail rental = new TicketEmail("buyer@example.org", "ORD-2", "http://127.0.0.1:8080/orders/ORD-2", "Cinema Ltd", "#1f2a44", "#f5b700", "Nemo",
                Instant.parse("2026-12-01T19:00:00Z"), Instant.parse("2026-12-03T19:00:00Z"), ZoneId.of("Europe/Oslo"),
                List.of(new TicketEmail.Ticket("tok_456", "Rental", "http://127.0.0.1:8080/tickets/tok_456")));
        assertThat(TicketEmailComposer.subject(rental)).isEqualTo("Your rental of Nemo");
        assertThat(TicketEmailComposer.text(rental)).contains("watch until").contains("3 December 2026")
                .contains("20:00").contains("Watch: http://127.0.0.1:8080/tickets/tok_456").doesNotContain("Starts");
        assertThat(TicketEmailComposer.html(rental)).contains(">Watch</a>").contains("Rental")
                .contains("href=\"http://127.0.0.1:8080/orders/ORD-2\"");
        assertThat(TicketEmailComposer.text(rental)).contains("Order ORD-2: http://127.0.0.1:8080/orders/ORD-2");
    }

    @Test
    void retriesBackOffExponentiallyUpToTwoHours() {
        assertThat(TicketEmailOutbox.backoff(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(TicketEmailOutbox.backoff(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(TicketEmailOutbox.backoff(5)).isEqualTo(Duration.ofMinutes(4));
        assertThat(TicketEmailOutbox.backoff(30)).isEqualTo(Duration.ofHours(2));
    }
}
