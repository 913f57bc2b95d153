package io.marquee.entitlement.boundary;

import io.marquee.ordering.boundary.RentalFixture;
import io.marquee.testing.Browser;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new viewer rents the demo title in a real browser's journey: quote, rental order, payment, the
 * rental email's Watch link, and the player with the rental's time left counting down; when the
 * rental runs out the player stops with a clear message, and the server refuses to play it.
 */
class RentalJourneyIT {

    private static final String DEMO_TITLE = "Northern Lights: the film";

    private final SystemUnderTest sut = SystemUnderTest.get();
    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theRentedTitlePlaysWithItsTimeLeftAndStopsWhenItRunsOut() throws Exception {
        long product = PartnerFixture.count(sut, "select id from product where title = '" + DEMO_TITLE + "'");
        RentalFixture demo = new RentalFixture(sut, PartnerFixture.keyFor(sut, "northern-lights",
                RentalFixture.SCOPES.split(",")), "DEMO-RENTAL", product);
        JsonObject quote = demo.quote("GBP");
        assertThat(quote.getJsonNumber("gross").bigDecimalValue()).isEqualByComparingTo("3.99");
        String buyer = "viewer-" + UUID.randomUUID() + "@example.org";
        String order = demo.rent(quote.getString("quoteId"), buyer, null).json().getString("id");
        assertThat(demo.send("orders/" + order + "/payments", RentalFixture.CARD, null).status()).isEqualTo(201);

        MimeMessage email = SystemUnderTest.mailbox().awaitOneTo(buyer, Duration.ofSeconds(90));
        assertThat(email.getSubject()).isEqualTo("Your rental of " + DEMO_TITLE);
        String watch = TicketJourneyIT.watchLink(email);
        String ticket = watch.substring(watch.lastIndexOf('/') + 1);
        assertThat(demo.rights(ticket).getBoolean("playable")).isTrue();

        browser = Browser.start();
        browser.get(watch);
        assertThat(browser.findElement(By.id("eventTitle")).getText()).isEqualTo(DEMO_TITLE);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("rental")).isDisplayed());
        String left = browser.findElement(By.id("rentalLeft")).getText();
        assertThat(left).as("48 hours, just begun").matches("1d 23h 5\\dm \\d+s");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> !b.findElement(By.id("rentalLeft")).getText().equals(left));
        assertThat(browser.findElement(By.id("waiting")).isDisplayed()).isFalse();
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "the player: " + js.executeScript(
                        "return document.getElementById('notice').textContent"))
                .until(b -> ((Number) js.executeScript("return document.getElementById('video').currentTime")).doubleValue() > 1.0);

        // the rental runs out in a few seconds: the page counts down to it and stops the player by itself
        PartnerFixture.execute(sut.jdbcUrl(), "update entitlement set valid_until = now() + interval '4 seconds' "
                + "where ticket_id = (select id from ticket where token = '" + ticket + "')");
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("rentalLeft")).getText().matches("0m [0-4]s"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.findElement(By.id("notice")).isDisplayed());
        assertThat(browser.findElement(By.id("notice")).getText()).contains("rental has ended");
        assertThat(browser.findElement(By.id("player")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("rental")).isDisplayed()).isFalse();

        Http.Answer play = Http.send("POST", sut.uri("api/v1/playback"), null, "application/json",
                "{\"ticket\":\"" + ticket + "\",\"deviceId\":\"device-after-the-end\",\"deviceLabel\":\"Test\"}");
        assertThat(play.status()).as("the server refuses after valid_until").isEqualTo(409);
        assertThat(demo.rights(ticket).getString("status")).isEqualTo("expired");
        assertThat(Http.get(sut.uri("api/v1/tickets/" + ticket), null).json().getString("phase")).isEqualTo("expired");
    }
}
