package io.marquee.entitlement.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.testing.Browser;
import io.marquee.testing.Http;
import io.marquee.testing.LocalMailbox;
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
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewer's journey in a real browser: buy through the ordering API, open the email's Watch link,
 * wait with the countdown, and see the page switch to the player by itself when the event goes live;
 * the player plays the test stream and its time advances.
 */
class TicketJourneyIT {

    private static final Pattern WATCH = Pattern.compile("Watch: (\\S+)");

    private final SystemUnderTest sut = SystemUnderTest.get();
    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theWaitingPageSwitchesToThePlayerByItselfWhenTheEventGoesLive() throws Exception {
        String key = SaleFixture.key(sut.jdbcUrl(), "northern-lights");
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), key, 10, 2);
        Instant start = Instant.now().plus(Duration.ofMinutes(5));
        moveEvent(key, sale.eventId(), start);
        String buyer = "journey-" + UUID.randomUUID() + "@example.org";
        String order = sale.post("orders", sale.orderBody(1, "EUR").replace("buyer@example.com", buyer)).json().getString("id");
        assertThat(sale.post("orders/" + order + "/payments", "{\"cardNumber\":\"4242424242424242\"}").status()).isEqualTo(201);

        String watch = watchLink(SystemUnderTest.mailbox().awaitOneTo(buyer, Duration.ofSeconds(90)));
        browser = Browser.start();
        browser.get(watch);
        assertThat(browser.findElement(By.id("waiting")).isDisplayed()).isTrue();
        String before = browser.findElement(By.id("countdown")).getText();
        assertThat(before).matches("(\\d+m )?\\d+s");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> !b.findElement(By.id("countdown")).getText().equals(before));

        moveEvent(key, sale.eventId(), Instant.now().minusSeconds(1));
        Instant moved = Instant.now();

        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> b.findElement(By.id("player")).isDisplayed());
        System.out.printf("the page switched to the player %d ms after the event went live%n",
                Duration.between(moved, Instant.now()).toMillis());
        assertThat(browser.findElement(By.id("waiting")).isDisplayed()).isFalse();
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "the player: " + js.executeScript(
                        "const v = document.getElementById('video'); return JSON.stringify({ready: v.readyState, "
                                + "network: v.networkState, error: v.error && v.error.code, time: v.currentTime, "
                                + "notice: document.getElementById('notice').textContent})"))
                .until(b -> ((Number) js.executeScript("return document.getElementById('video').currentTime")).doubleValue() > 1.0);
        double first = ((Number) js.executeScript("return document.getElementById('video').currentTime")).doubleValue();
        Thread.sleep(1500);
        double later = ((Number) js.executeScript("return document.getElementById('video').currentTime")).doubleValue();
        assertThat(later).as("the video time advances").isGreaterThan(first);
    }

    private void moveEvent(String key, long eventId, Instant start) {
        JsonObject event = Http.get(sut.uri("api/v1/events/" + eventId), key).json();
        Http.Answer moved = Http.send("PUT", sut.uri("api/v1/events/" + eventId), key, "application/json",
                "{\"title\":\"" + event.getString("title") + "\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
                        + start.plus(Duration.ofHours(2)) + "\",\"timeZone\":\"Europe/Oslo\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    static String watchLink(MimeMessage email) throws Exception {
        Matcher watch = WATCH.matcher(LocalMailbox.textOf(email));
        assertThat(watch.find()).isTrue();
        return watch.group(1);
    }
}
