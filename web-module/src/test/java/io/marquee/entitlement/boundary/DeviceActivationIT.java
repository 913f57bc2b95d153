package io.marquee.entitlement.boundary;

import io.marquee.testing.Browser;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import io.marquee.testing.TicketFixture;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** TV activation, the OAuth 2.0 device authorisation grant (RFC 8628), end to end over HTTP and in a browser. */
class DeviceActivationIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static ChromeDriver browser;

    private final SystemUnderTest sut = SystemUnderTest.get();

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void aTvActivatedWithATicketGetsATokenThatPlaysThatTicket() throws Exception {
        TicketFixture.Order order = TicketFixture.confirmedOrder(sut, "tv-" + UUID.randomUUID() + "@example.org");
        TicketFixture.grant(sut, order, Instant.now().minusSeconds(60).toString());
        JsonObject code = authorise("marquee-tv-app");
        assertThat(code.getString("verification_uri")).isEqualTo(sut.uri("activate").toString());
        assertThat(code.getString("user_code")).matches("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}");
        assertThat(code.getInt("interval")).isEqualTo(5);
        assertThat(code.getInt("expires_in")).isEqualTo(600);
        String deviceCode = code.getString("device_code");

        assertThat(poll(deviceCode, "marquee-tv-app").json().getString("error")).isEqualTo("authorization_pending");
        assertThat(poll(deviceCode, "marquee-tv-app").json().getString("error")).as("polled at once again")
                .isEqualTo("slow_down");

        browser.get(code.getString("verification_uri_complete"));
        assertThat(browser.findElement(By.id("activate:userCode")).getAttribute("value")).isEqualTo(code.getString("user_code"));
        browser.findElement(By.id("activate:ticket")).sendKeys(order.ticket());
        browser.findElement(By.id("activate:approve")).click();
        showsText("Your TV is activated");

        Thread.sleep(10_500); // slow_down raised the interval from 5 to 10 seconds
        Http.Answer token = poll(deviceCode, "marquee-tv-app");
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.header("Cache-Control")).contains("no-store");
        String accessToken = token.json().getString("access_token");
        assertThat(token.json().getString("token_type")).isEqualTo("Bearer");

        Http.Answer plays = Http.send("POST", sut.uri("api/v1/playback"), accessToken, "application/json",
                "{\"deviceId\": \"living-room-tv-1\", \"deviceLabel\": \"Living room TV\"}");
        assertThat(plays.status()).isEqualTo(200);
        assertThat(plays.json().getString("url")).contains("Signature=");
        String key = PartnerFixture.keyFor(sut, "northern-lights", "rights:read");
        JsonObject rights = Http.get(sut.uri("api/v1/rights?deviceToken=" + accessToken), key).json();
        assertThat(rights.getBoolean("playable")).isTrue();
        assertThat(rights.getString("eventTitle")).isEqualTo(TicketFixture.DEMO_EVENT);
        assertThat(poll(deviceCode, "marquee-tv-app").json().getString("error")).as("a device code is used once")
                .isEqualTo("invalid_grant");
    }

    @Test
    void aTvTheViewerRefusesIsToldAccessDenied() throws Exception {
        JsonObject code = authorise("marquee-tv-app");
        browser.get(code.getString("verification_uri_complete"));
        browser.findElement(By.id("activate:deny")).click();
        showsText("The TV was refused");

        assertThat(poll(code.getString("device_code"), "marquee-tv-app").json().getString("error")).isEqualTo("access_denied");
    }

    @Test
    void anExpiredDeviceCodeIsRefusedAndCannotBeApproved() throws Exception {
        JsonObject code = authorise("marquee-tv-app");
        try (Connection db = sut.connect()) {
            TicketFixture.execute(db, "update device_authorisation set expires_at = now() - interval '1 second' "
                    + "where user_code = ?", code.getString("user_code"));
        }
        assertThat(poll(code.getString("device_code"), "marquee-tv-app").json().getString("error")).isEqualTo("expired_token");

        browser.get(code.getString("verification_uri_complete"));
        browser.findElement(By.id("activate:ticket")).sendKeys("whatever");
        browser.findElement(By.id("activate:approve")).click();
        showsText("no TV is waiting for this code");
    }

    @Test
    void theTokenEndpointRefusesWhatIsNotADeviceCodeGrantOfThisClient() {
        JsonObject code = authorise("marquee-tv-app");
        assertThat(poll(code.getString("device_code"), "another-app").json().getString("error")).isEqualTo("invalid_grant");
        assertThat(poll("no-such-code", "marquee-tv-app").json().getString("error")).isEqualTo("invalid_grant");
        Http.Answer password = Http.send("POST", sut.uri("api/v1/oauth/token"), null, FORM,
                "grant_type=password&username=a&password=b");
        assertThat(password.status()).isEqualTo(400);
        assertThat(password.json().getString("error")).isEqualTo("unsupported_grant_type");
        Http.Answer noClient = Http.send("POST", sut.uri("api/v1/oauth/device_authorization"), null, FORM, "client_id=");
        assertThat(noClient.json().getString("error")).isEqualTo("invalid_request");
    }

    /** The activation form posts without Ajax: wait for the page that answers. */
    private static void showsText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.getPageSource().contains(text));
    }

    private JsonObject authorise(String clientId) {
        Http.Answer answer = Http.send("POST", sut.uri("api/v1/oauth/device_authorization"), null, FORM,
                "client_id=" + clientId);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private Http.Answer poll(String deviceCode, String clientId) {
        return Http.send("POST", sut.uri("api/v1/oauth/token"), null, FORM,
                "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:device_code", StandardCharsets.UTF_8)
                        + "&device_code=" + URLEncoder.encode(deviceCode, StandardCharsets.UTF_8) + "&client_id=" + clientId);
    }
}
