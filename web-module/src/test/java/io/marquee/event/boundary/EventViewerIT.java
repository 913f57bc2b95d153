package io.marquee.event.boundary;

import io.marquee.testing.BrowserTest;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public event page of the demo event, as a viewer without an account uses it: live
 * availability, the access code that reveals the hidden ticket, the promo code.
 */
class EventViewerIT extends BrowserTest {

    @Test
    void anAccessCodeRevealsTheHiddenTicketAndAPromoCodeSaysWhatItTakesOff() {
        browser.manage().deleteAllCookies();
        pages.open("events/" + EventFixture.demoEvent(sut));
        assertThat(pages.text("eventTitle")).startsWith("Aurora Sessions");
        assertThat(pages.text("checkout:ticketList")).contains("Stream ticket", "EUR 12.99").doesNotContain("Backstage");

        browser.findElement(By.id("access:accessCode")).sendKeys("NOPE123");
        browser.findElement(By.id("access:reveal")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("access"), "unlocks no tickets"));
        assertThat(pages.text("checkout:ticketList")).doesNotContain("Backstage");

        pages.type("access:accessCode", "CREW2026");
        browser.findElement(By.id("access:reveal")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout:ticketList"), "Backstage pass"));
        assertThat(pages.text("checkout:ticketList")).contains("EUR 25.99");

        browser.findElement(By.id("checkout:promoCode")).sendKeys("AURORA20");
        browser.findElement(By.id("checkout:price")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout:promoAnswer"),
                "AURORA20: 20 % off Stream ticket"));
        pages.type("checkout:promoCode", "WRONG99");
        browser.findElement(By.id("checkout:price")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout:promoAnswer"), "does not apply"));
    }

    @Test
    void ticketsLeftFollowSalesWithoutAReload() {
        String publicId = EventFixture.demoEvent(sut);
        browser.manage().deleteAllCookies();
        pages.open("events/" + publicId);
        String row = "[data-ticket-type] .mq-available";
        int shown = Integer.parseInt(browser.findElement(By.cssSelector(row)).getText());

        PartnerFixture.text(sut, "update ticket_type set taken = taken + 3 where id = (select t.id from ticket_type t"
                + " join live_event e on e.id = t.event_id where e.public_id = '" + publicId + "' and not t.hidden)"
                + " returning taken");
        pages.waitFor(ExpectedConditions.textToBe(By.cssSelector(row), String.valueOf(shown - 3)));
        PartnerFixture.text(sut, "update ticket_type set taken = taken - 3 where id = (select t.id from ticket_type t"
                + " join live_event e on e.id = t.event_id where e.public_id = '" + publicId + "' and not t.hidden)"
                + " returning taken");

        Http.Answer availability = Http.get(sut.uri("api/v1/viewer/events/" + publicId + "/availability"), null);
        assertThat(availability.status()).isEqualTo(200);
        assertThat(availability.header("Cache-Control")).contains("max-age=2");
        JsonObject stream = availability.json().getJsonArray("ticketTypes").getJsonObject(0);
        assertThat(stream.getBoolean("onSale")).isTrue();
        assertThat(availability.json().getJsonArray("ticketTypes")).as("the hidden ticket needs its code").hasSize(1);
        assertThat(Http.get(sut.uri("api/v1/viewer/events/" + publicId + "/availability?accessCode=CREW2026"), null)
                .json().getJsonArray("ticketTypes")).hasSize(2);
    }
}
