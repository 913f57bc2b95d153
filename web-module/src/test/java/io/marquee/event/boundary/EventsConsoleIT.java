package io.marquee.event.boundary;

import io.marquee.testing.BrowserTest;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events console in a real headless browser: an organiser admin creates an event and a ticket
 * type and puts it on sale, and the public page shows it; bad input is refused beside its field with
 * nothing written; another organiser's event stays out of sight.
 */
class EventsConsoleIT extends BrowserTest {

    @Test
    void anOrganiserAdminPutsANewEventOnSaleAndViewersSeeIt() throws IOException {
        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        assertThat(browser.findElements(By.cssSelector("a[href*='/console/events/events.xhtml']")))
                .as("the Events menu links the events page").isNotEmpty();
        pages.open("console/events/events.xhtml");
        pages.submit(browser.findElement(By.id("newEvent")));

        String title = "Midnight Sun Gala " + UUID.randomUUID().toString().substring(0, 6);
        long eventsBefore = PartnerFixture.count(sut, "select count(*) from live_event");
        pages.type("event:startsAt_input", "2027-06-21 22:00");
        pages.type("event:endsAt_input", "2027-06-21 21:00");
        pages.submit("event:save");
        assertThat(pages.messageBeside("event:title")).contains("title is required");
        assertThat(pages.messageBeside("event:endsAt")).contains("endsAt must be after startsAt");
        assertThat(pages.text("messages")).contains("Nothing was saved");
        assertThat(PartnerFixture.count(sut, "select count(*) from live_event")).as("nothing written").isEqualTo(eventsBefore);

        browser.findElement(By.id("event:title")).sendKeys(title);
        browser.findElement(By.id("event:description")).sendKeys("Fireworks <b>and</b> a choir.");
        pages.type("event:endsAt_input", "2027-06-22 01:00");
        assertThat(browser.findElement(By.id("event:timeZone_label")).getText())
                .as("a new event starts in its organiser's zone").isEqualTo("Europe/Oslo");
        pages.submit("event:save");
        assertThat(browser.getTitle()).contains(title);
        assertThat(pages.text("currentStatus")).isEqualTo("draft");

        pages.submit("ticketTypes:add");
        TicketTypeEditor.fill(pages, "Stream", "0", "2026-01-01 00:00", "2027-06-22 01:00", "EUR", "9.999");
        pages.submit("ticketType:save");
        assertThat(pages.messageBeside("ticketType:capacity")).contains("capacity must be from 1");
        assertThat(browser.findElement(By.id("ticketType:prices")).getText()).contains("finer than the 2 decimals of EUR");
        assertThat(PartnerFixture.count(sut, "select count(*) from ticket_type t join live_event e on e.id = t.event_id"
                + " where e.title = '" + title + "'")).as("nothing written").isZero();

        pages.type("ticketType:capacity", "250");
        pages.type("ticketType:price:0:amount", "9.5");
        pages.submit("ticketType:addPrice");
        browser.findElement(By.id("ticketType:price:1:currency")).sendKeys("nok");
        browser.findElement(By.id("ticketType:price:1:amount")).sendKeys("99");
        pages.submit("ticketType:save");
        assertThat(pages.text("ticketTypes:ticketTypeTable")).contains("Stream", "0 / 250", "EUR 9.50", "NOK 99.00");
        pages.submit("ticketTypes:ticketTypeTable:0:edit");
        assertThat(browser.findElement(By.id("ticketType:price:0:amount")).getAttribute("value")).isEqualTo("9.5");
        pages.type("ticketType:capacity", "300");
        pages.submit("ticketType:save");
        assertThat(pages.text("ticketTypes:ticketTypeTable")).contains("0 / 300").doesNotContain("0 / 250");

        String promoCount = "select count(*) from promo_code p join live_event e on e.id = p.event_id where e.title = '"
                + title + "'";
        browser.findElement(By.id("promo:code")).sendKeys("SUMMER10");
        browser.findElement(By.id("promo:percentOff")).sendKeys("150");
        pages.type("promo:validFrom_input", "2026-01-01 00:00");
        pages.type("promo:validUntil_input", "2027-06-21 22:00");
        pages.submit("promo:add");
        assertThat(pages.messageBeside("promo:percentOff")).contains("percentOff is above 0 and at most 100");
        assertThat(PartnerFixture.count(sut, promoCount)).as("nothing written").isZero();
        pages.type("promo:percentOff", "10");
        browser.findElement(By.id("promo:usageCap")).sendKeys("50");
        pages.submit("promo:add");
        assertThat(pages.text("promoTable")).contains("SUMMER10", "10 % off", "0 / 50", "every ticket type");

        browser.findElement(By.id("access:code")).sendKeys("VIP2027");
        pages.submit("access:add");
        assertThat(pages.messageBeside("access:ticketTypeIds")).contains("reveals one or more hidden ticket types");

        pages.submit(browser.findElement(By.cssSelector(".mq-status-action-on_sale")));
        assertThat(pages.text("currentStatus")).isEqualTo("on sale");
        pages.screenshot("events-console-event.png");

        browser.findElement(By.id("status:publicPage")).click();
        pages.waitFor(ExpectedConditions.titleContains(title));
        assertThat(browser.getCurrentUrl()).contains("/events/");
        assertThat(pages.text("organiserName")).isEqualTo("Northern Lights Live");
        assertThat(pages.text("eventStart")).isEqualTo("Mon 21 Jun 2027, 22:00 Europe/Oslo");
        assertThat(pages.text("eventDescription")).as("escaped, not markup").isEqualTo("Fireworks <b>and</b> a choir.");
        assertThat(pages.text("checkout:ticketList")).contains("Stream", "EUR 9.50", "300 left");
        pages.screenshot("viewer-event.png");
    }

    @Test
    void anOrganiserAdminDoesNotSeeAnotherOrganisersEvent() {
        String title = "Rival Show " + UUID.randomUUID().toString().substring(0, 6);
        long otherId = EventFixture.otherOrganisersEvent(sut, title);

        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        pages.open("console/events/events.xhtml");
        assertThat(pages.text("eventTable")).contains("Aurora Sessions").doesNotContain(title);
        pages.open("console/events/event.xhtml?id=" + otherId);
        assertThat(pages.text("messages")).contains("There is no event " + otherId + " that you can see.");
        assertThat(browser.findElements(By.id("event:title"))).isEmpty();

        pages.logIn(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        pages.open("console/events/events.xhtml");
        assertThat(pages.text("eventTable")).as("a platform admin sees every organiser's").contains(title, "Aurora Sessions");
    }

    @Test
    void draftsAndUnknownEventsAreNotFound() {
        String draft = PartnerFixture.text(sut, "insert into live_event (organiser_id, public_id, title, starts_at, ends_at,"
                + " time_zone) select id, 'draft-" + UUID.randomUUID() + "', 'Secret draft', now() + interval '1 day',"
                + " now() + interval '2 days', 'UTC' from organiser where slug = 'northern-lights' returning public_id");
        assertThat(Http.get(sut.uri("events/" + draft), null).status()).isEqualTo(404);
        assertThat(Http.get(sut.uri("events/no-such-event"), null).status()).isEqualTo(404);
        assertThat(Http.get(sut.uri("events/%3Cscript%3E"), null).status()).isEqualTo(404);
        assertThat(Http.get(sut.uri("api/v1/viewer/events/" + draft + "/availability"), null).status()).isEqualTo(404);
    }
}
