package io.marquee.media.boundary;

import io.marquee.testing.Browser;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Channels console page against the shared server, whose media provider is the local one
 * (no AWS account is configured): the organiser provisions the demo event's channel, sees its
 * RTMP URL and masked key, reveals the key, and has a reconciliation run that writes history.
 */
class ChannelsConsoleIT {

    private static final String DEMO_EVENT = "Aurora Sessions";

    static SystemUnderTest sut;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        sut = SystemUnderTest.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOrganiserRevealsAndRotatesTheDemoChannelsStreamKeyWhichIsStoredSealedAndNeverLogged() throws IOException {
        logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        browser.findElement(By.id("navChannels")).click();
        wait(ExpectedConditions.titleContains("Channels"));

        List<WebElement> provision = rowButtons("Provision");
        if (!provision.isEmpty()) {
            provision.get(0).click();
            wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The channel is provisioned."));
        }
        wait(d -> !rowButtons("Details").isEmpty());
        rowButtons("Details").get(0).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("channels:rtmpUrl")));

        assertThat(browser.findElement(By.id("channels:rtmpUrl")).getText()).matches("rtmp://[0-9.]+:1935/live");
        assertThat(browser.findElement(By.id("channels:streamKey")).getText()).startsWith("••••••••");
        assertThat(browser.findElement(By.id("channels:detail")).getText()).contains("6 Mbps or more");

        String key = reveal();
        assertThat(key).matches("[A-Za-z0-9_-]{22}");
        String channel = "(select id from live_event where title like '" + DEMO_EVENT + "%')";
        assertThat(PartnerFixture.count(sut, "select count(*) from media_channel where event_id = " + channel
                + " and stream_key like 'gcm1:%' and position('" + key + "' in stream_key) = 0"))
                .as("the column holds the key sealed, never in clear").isEqualTo(1);
        assertThat(PartnerFixture.count(sut, "select count(*) from audit_entry where coalesce(before_state::text, '') "
                + "|| coalesce(after_state::text, '') like '%" + key + "%'")).isZero();
        assertThat(Files.readString(sut.serverLog())).doesNotContain(key);
        assertThat(PartnerFixture.count(sut, "select count(*) from audit_entry where action = 'channel.stream-key-revealed' "
                + "and actor = '" + SystemUnderTest.ORGANISER + "'")).as("who saw the key is audited").isPositive();

        browser.findElement(By.id("channels:rotate")).click();
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The stream key is new"));
        String rotated = reveal();
        assertThat(rotated).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(key);
        assertThat(PartnerFixture.count(sut, "select count(*) from media_channel where event_id = " + channel
                + " and stream_key like 'gcm1:%' and position('" + rotated + "' in stream_key) = 0")).isEqualTo(1);
        assertThat(PartnerFixture.count(sut, "select count(*) from media_channel where position('" + rotated
                + "' in stream_key) > 0 or position('" + key + "' in stream_key) > 0")).isZero();
        assertThat(Files.readString(sut.serverLog())).doesNotContain(rotated);

        browser.findElement(By.id("channels:reconcileNow")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Reconciliation started"));
        // observed_at moves with every run: this one ran after the rotation
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> PartnerFixture.count(sut,
                "select count(*) from media_channel c where c.event_id = " + channel + " and c.observed_at > ("
                        + "select max(at) from media_channel_history where channel_id = c.id and what = 'ROTATE_KEY')") > 0);
        assertThat(PartnerFixture.count(sut, "select count(*) from media_channel where event_id = " + channel
                + " and observed_state = 'IDLE' and desired_state = 'IDLE'"))
                .as("the demo event is days ahead: its channel is made and idle").isEqualTo(1);
    }

    /** Reveals the selected channel's stream key and reads it off the page. */
    private static String reveal() {
        browser.findElement(By.id("channels:reveal")).click();
        wait(ExpectedConditions.invisibilityOfElementLocated(By.id("channels:reveal")));
        return browser.findElement(By.id("channels:streamKey")).getText();
    }

    @Test
    void theLocalEdgeRefusesTheDemoEventsStreamToUnsignedRequests() {
        String channelKey = "(select id from live_event where title like '" + DEMO_EVENT + "%')";
        new WebDriverWait(browser, Duration.ofSeconds(100)).pollingEvery(Duration.ofSeconds(2))
                .until(d -> PartnerFixture.count(sut, "select count(*) from media_channel where event_id = " + channelKey
                        + " and playback_url is not null") == 1);
        String event = PartnerFixture.text(sut, "select public_id from live_event where id = " + channelKey);
        // signed requests are served (PlaybackIT); without a signature the local edge, like CloudFront, says no
        assertThat(Http.get(sut.uri("media/live/" + event + "/index.m3u8"), null).status()).isEqualTo(403);
    }

    @Test
    void theTimerStartsOneReconciliationPerTick() {
        new WebDriverWait(browser, Duration.ofSeconds(100)).pollingEvery(Duration.ofSeconds(2))
                .until(d -> PartnerFixture.count(sut, "select count(*) from media_reconcile_tick") > 0);

        assertThat(PartnerFixture.count(sut, "select count(*) from job_run where job_name = 'reconcile-channels' "
                + "and started_at >= (select min(claimed_at) from media_reconcile_tick)"))
                .as("a run per claimed tick (and those started from the console)")
                .isGreaterThanOrEqualTo(PartnerFixture.count(sut, "select count(*) from media_reconcile_tick"));
    }

    private static List<WebElement> rowButtons(String label) {
        return browser.findElements(By.xpath("//tr[contains(., '" + DEMO_EVENT + "')]//button[contains(., '" + label + "')]"));
    }

    private static void logIn(String username, String password) {
        browser.get(sut.uri("console/index.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        assertThat(browser.findElement(By.id("greeting")).getText()).contains("Logged in as " + username);
    }

    private static <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
