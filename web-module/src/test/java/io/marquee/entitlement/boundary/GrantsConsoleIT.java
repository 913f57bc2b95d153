package io.marquee.entitlement.boundary;

import io.marquee.testing.BrowserTest;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import io.marquee.testing.TicketFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Console: an organiser admin finds a viewer's grant, sees the device playing, and revokes it. */
class GrantsConsoleIT extends BrowserTest {

    @Test
    void anOrganiserAdminRevokesAViewersGrantWithAReasonAndPlaybackStops() {
        String viewer = "console-" + UUID.randomUUID() + "@example.org";
        TicketFixture.Order order = TicketFixture.confirmedOrder(sut, viewer);
        TicketFixture.grant(sut, order, Instant.now().minusSeconds(60).toString());
        String session = Http.send("POST", sut.uri("api/v1/playback"), null, "application/json",
                "{\"ticket\": \"" + order.ticket() + "\", \"deviceId\": \"console-tv-1\", \"deviceLabel\": \"Kitchen TV\"}")
                .json().getString("sessionId");

        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        pages.open("console/viewing/grants.xhtml");
        browser.findElement(By.id("grants:email")).sendKeys(viewer);
        browser.findElement(By.id("grants:search")).click();
        // the table before the search lists the newest grants, this viewer's too: wait for the search's one row
        pages.waitFor(b -> b.findElements(By.xpath("//*[@id='grants:grantTable']//tbody/tr")).size() == 1
                && pages.text("grants:grantTable").contains(viewer));
        assertThat(pages.text("grants:grantTable")).contains(TicketFixture.DEMO_EVENT);

        browser.findElement(By.xpath("//*[@id='grants:grantTable']//button[contains(., 'Revoke')]")).click();
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        pages.waitFor(b -> !b.findElements(By.cssSelector(".ui-message-error")).isEmpty());
        assertThat(pages.messageBeside("grants:reason")).contains("say why");
        assertThat(PartnerFixture.count(sut, "select count(*) from entitlement where revoked_at is not null and order_id = "
                + order.id())).as("no reason, nothing revoked").isZero();

        browser.findElement(By.id("grants:reason")).sendKeys("chargeback");
        browser.findElement(By.xpath("//*[@id='grants:grantTable']//button[contains(., 'Revoke')]")).click();
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        pages.waitFor(b -> pages.text("grants:grantTable").contains("revoked"));
        assertThat(pages.text("grants:grantTable")).contains("chargeback");
        assertThat(Http.send("PUT", sut.uri("api/v1/playback/" + session), null, null, null).status())
                .as("the device's next heartbeat").isEqualTo(409);
    }
}
