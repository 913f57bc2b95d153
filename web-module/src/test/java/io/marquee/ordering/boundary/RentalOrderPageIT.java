package io.marquee.ordering.boundary;

import io.marquee.testing.BrowserTest;
import io.marquee.testing.Http;
import io.marquee.testing.LocalMailbox;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rental's confirmation page, {@code /orders/<id>}: the title, the price paid, the window it plays in
 * (in the viewer's own time zone) and a Watch link that opens the player; the rental email links to it.
 * Only the order's own id opens it: anything else is 404, with nothing of the order shown.
 */
class RentalOrderPageIT extends BrowserTest {

    @Test
    void aRentalsConfirmationShowsItsWindowInTheViewersZoneAndItsWatchLinkOpensThePlayer() throws Exception {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        String buyer = "rental-page-" + UUID.randomUUID() + "@example.org";
        String order = title.rentedAndPaid(buyer);
        JsonObject rights = title.rights(title.ticketOf(order));

        String email = LocalMailbox.textOf(SystemUnderTest.mailbox().awaitOneTo(buyer, Duration.ofSeconds(90)));
        assertThat(email).as("the rental email links to its confirmation").contains(sut.uri("orders/" + order).toString());

        // a viewer in New York: the window is shown in their zone, not the organiser's (Oslo)
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
        try {
            browser.get(sut.uri("orders/" + order).toString());
            assertThat(pages.text("rentalTitle")).isEqualTo("Rental test " + title.templateId());
            assertThat(pages.text("status")).isEqualTo("confirmed");
            assertThat(pages.text("total")).isEqualTo("GBP 3.49");
            assertThat(browser.findElement(By.id("rentalFrom")).getAttribute("datetime"))
                    .isEqualTo(Instant.parse(rights.getString("validFrom")).toString());
            assertThat(browser.findElement(By.id("rentalUntil")).getAttribute("datetime"))
                    .isEqualTo(Instant.parse(rights.getString("validUntil")).toString());
            assertThat(Duration.between(Instant.parse(rights.getString("validFrom")), Instant.parse(rights.getString("validUntil"))))
                    .isEqualTo(Duration.ofHours(48));
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> pages.text("rentalUntil").contains("EST"));
            assertThat(pages.text("rentalFrom")).contains("EST").doesNotContain("Europe/Oslo");

            browser.findElement(By.id("watch")).click();
            pages.waitFor(ExpectedConditions.urlContains("/tickets/"));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("player")).isDisplayed());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> ((Number) browser.executeScript(
                    "return document.getElementById('video').currentTime")).doubleValue() > 1.0);
            assertThat(pages.text("rentalLeft")).matches("1d 23h 5\\dm \\d+s");
        } finally {
            browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }

        assertThat(title.send("orders/" + order + "/refunds", "{\"reason\":\"wrong film\"}", null).status()).isEqualTo(201);
        browser.get(sut.uri("orders/" + order).toString());
        assertThat(pages.text("rentalNotice")).isEqualTo("This rental was refunded and no longer plays.");
        assertThat(browser.findElements(By.id("watch"))).as("no Watch link for a refunded rental").isEmpty();
    }

    @Test
    void anUnpaidRentalSaysWhenItsWatchLinkComesAndACancelledOneThatNothingWasCharged() {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        String order = title.rent(title.quote("GBP").getString("quoteId"), "unpaid-" + UUID.randomUUID() + "@example.org",
                null).json().getString("id");

        browser.get(sut.uri("orders/" + order).toString());
        assertThat(pages.text("status")).isEqualTo("reserved");
        assertThat(pages.text("confirmation")).contains("Price", "GBP 3.49", "once the payment is through");
        assertThat(browser.findElements(By.id("watch"))).isEmpty();

        assertThat(title.send("orders/" + order + "/cancel", "", null).status()).isEqualTo(200);
        browser.get(sut.uri("orders/" + order).toString());
        assertThat(pages.text("unpaidNotice")).contains("nothing was charged");
        assertThat(pages.text("confirmation")).doesNotContain("once the payment is through");
    }

    @Test
    void onlyTheOrdersOwnIdOpensItsPage() {
        RentalFixture title = RentalFixture.title(sut, Instant.parse("2039-01-01T00:00:00Z"), 48);
        String order = title.rentedAndPaid("own-id-" + UUID.randomUUID() + "@example.org");
        String ticket = title.ticketOf(order);

        assertThat(Http.get(sut.uri("orders/" + order), null).status()).isEqualTo(200);
        for (String other : new String[]{UUID.randomUUID().toString(), ticket, "1", order.substring(0, order.length() - 1)}) {
            Http.Answer page = Http.get(sut.uri("orders/" + other), null);
            assertThat(page.status()).as("/orders/" + other).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Rental test").doesNotContain(order);
        }
        Http.Answer otherOrganiser = Http.get(sut.uri("api/v1/orders/" + order), SaleFixture.otherOrganiserKey(sut.jdbcUrl()));
        assertThat(otherOrganiser.status()).as("another organiser's partner").isEqualTo(404);
    }
}
