package io.marquee.entitlement.boundary;

import io.marquee.testing.BrowserTest;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an event's end: a ticket holder's page plays the event's recording (signed for the recording's
 * own path, within the grant's grace), or says that the event has ended when there is none; once the
 * grace is over the recording stops playing.
 */
class AfterTheEndIT extends BrowserTest {

    @Test
    void anEndedEventWithARecordingPlaysItOnTheTicketPage() throws Exception {
        EndedEventFixture ended = EndedEventFixture.bought(sut, true);

        browser.get(sut.uri("tickets/" + ended.ticket()).toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("player")).isDisplayed());
        assertThat(browser.findElement(By.id("recordingNote")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("recordingNote")).getText()).contains("The event has ended: this is its recording");
        assertThat(browser.findElement(By.id("recordingUntilLocal")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("notice")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("waiting")).isDisplayed()).isFalse();
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "the player: " + browser.executeScript(
                        "const v = document.getElementById('video'); return JSON.stringify({src: v.currentSrc, "
                                + "ready: v.readyState, error: v.error && v.error.code, time: v.currentTime, "
                                + "notice: document.getElementById('notice').textContent})"))
                .until(b -> videoTime() > 1.0);
        assertThat((String) browser.executeScript("return document.getElementById('video').currentSrc"))
                .as("the recording's file, not the live stream").contains("/media/" + ended.recordingKey());
        double first = videoTime();
        Thread.sleep(1500);
        assertThat(videoTime()).as("the video time advances").isGreaterThan(first);
    }

    @Test
    void anEndedEventWithoutARecordingSaysItHasEnded() {
        EndedEventFixture ended = EndedEventFixture.bought(sut, false);

        browser.get(sut.uri("tickets/" + ended.ticket()).toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("notice")).isDisplayed());
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("The event has ended. Thank you for watching.");
        assertThat(browser.findElement(By.id("player")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("recordingNote")).isDisplayed()).isFalse();
        assertThat(Http.get(sut.uri("api/v1/tickets/" + ended.ticket()), null).json().getString("phase")).isEqualTo("ended");
    }

    @Test
    void afterTheEndTheAuthorisationSignsTheRecordingsPathNotTheLiveOne() {
        EndedEventFixture ended = EndedEventFixture.bought(sut, true);
        JsonObject status = Http.get(sut.uri("api/v1/tickets/" + ended.ticket()), null).json();
        assertThat(status.getString("phase")).isEqualTo("recording");
        assertThat(Instant.parse(status.getString("recordingUntil"))).isAfter(Instant.now().plus(Duration.ofHours(4)));

        Http.Answer playing = play(ended.ticket(), "laptop-after-1");
        assertThat(playing.status()).as(playing.body()).isEqualTo(200);
        String url = playing.json().getString("url");
        assertThat(URI.create(url).getPath()).isEqualTo("/media/" + ended.recordingKey());
        assertThat(url).doesNotContain("/live/").contains("Signature=");
        assertThat(playing.raw().headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).contains("/media/events/" + ended.eventId() + "/"));

        HttpResponse<byte[]> file = Http.bytes(Http.request(URI.create(url), null).GET().build());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(file.body()).hasSize(ended.recordingSize());
        String cookies = playing.raw().headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .collect(Collectors.joining("; "));
        String bare = url.substring(0, url.indexOf('?'));
        HttpResponse<byte[]> range = Http.bytes(Http.request(URI.create(bare), null).header("Cookie", cookies)
                .header("Range", "bytes=0-99").GET().build());
        assertThat(range.statusCode()).as("a player's range, with the cookies").isEqualTo(206);
        assertThat(range.body()).hasSize(100);
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + ended.recordingSize());

        assertThat(Http.get(URI.create(bare), null).status()).as("unsigned").isEqualTo(403);
        String live = url.replace("/media/" + ended.recordingKey(), "/media/live/" + ended.eventPublicId() + "/index.m3u8");
        assertThat(Http.get(URI.create(live), null).status()).as("the live path with the recording's signature").isEqualTo(403);

        ended.graceOver(sut);
        Http.Answer late = play(ended.ticket(), "laptop-after-2");
        assertThat(late.status()).as("past the grant's grace").isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("viewing window is over");
        assertThat(Http.send("PUT", sut.uri("api/v1/playback/" + playing.json().getString("sessionId")), null, null, null)
                .status()).as("a playing device's next heartbeat").isEqualTo(409);
        assertThat(Http.get(sut.uri("api/v1/tickets/" + ended.ticket()), null).json().getString("phase")).isEqualTo("ended");
    }

    @Test
    void theDemosEndedConcertPlaysItsRecordingToTheDemoViewer() {
        String ticket = PartnerFixture.text(sut, "select t.token from ticket t join customer_order o on o.id = t.order_id "
                + "join live_event e on e.id = o.event_id where e.title = 'Opening night: the Arctic Philharmonic' "
                + "and o.buyer_email = 'viewer@example.com'");
        assertThat(Http.get(sut.uri("api/v1/tickets/" + ticket), null).json().getString("phase")).isEqualTo("recording");
        Http.Answer playing = play(ticket, "demo-laptop-1");
        assertThat(playing.status()).as(playing.body()).isEqualTo(200);
        assertThat(URI.create(playing.json().getString("url")).getPath()).startsWith("/media/events/").endsWith(".mp4");
        assertThat(Http.bytes(Http.request(URI.create(playing.json().getString("url")), null).GET().build()).body())
                .hasSize(EndedEventFixture.recording().length);
    }

    private Http.Answer play(String ticket, String device) {
        return Http.send("POST", sut.uri("api/v1/playback"), null, "application/json",
                "{\"ticket\":\"" + ticket + "\",\"deviceId\":\"" + device + "\",\"deviceLabel\":\"Laptop\"}");
    }

    private static double videoTime() {
        return ((Number) browser.executeScript("return document.getElementById('video').currentTime")).doubleValue();
    }
}
