package io.marquee.ordering.boundary;

import io.marquee.event.boundary.TicketTypeEditor;
import io.marquee.testing.BrowserTest;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance, end to end in a real browser: an organiser admin creates an event, a ticket
 * type and a promo code in the console and puts the event on sale; a buyer orders on the public page
 * with the promo code, is declined once and pays with the other card; the confirmation shows the
 * tickets; the organiser's ledger shows the 11% fee, the order is found and partly refunded.
 */
class LiveEventSaleIT extends BrowserTest {

    private static final String SUCCEEDS = "4242 4242 4242 4242";
    private static final String DECLINES = "4000 0000 0000 0002";

    @Test
    void anOrganiserSellsAndABuyerBuysWithAPromoCode() throws Exception {
        String title = "Polar Night Jazz " + UUID.randomUUID().toString().substring(0, 6);
        String buyer = "buyer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";

        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        pages.open("console/events/event.xhtml");
        browser.findElement(By.id("event:title")).sendKeys(title);
        pages.type("event:startsAt_input", "2027-01-15 21:00");
        pages.type("event:endsAt_input", "2027-01-15 23:00");
        pages.submit("event:save");
        pages.submit("ticketTypes:add");
        TicketTypeEditor.fill(pages, "Stream", "100", "2026-01-01 00:00", "2027-01-15 23:00", "EUR", "20");
        pages.submit("ticketType:save");
        browser.findElement(By.id("promo:code")).sendKeys("FRIEND25");
        browser.findElement(By.id("promo:percentOff")).sendKeys("25");
        pages.type("promo:validFrom_input", "2026-01-01 00:00");
        pages.type("promo:validUntil_input", "2027-01-15 21:00");
        pages.submit("promo:add");
        pages.submit(browser.findElement(By.cssSelector(".mq-status-action-on_sale")));
        assertThat(pages.text("currentStatus")).isEqualTo("on sale");
        String eventPage = browser.findElement(By.id("status:publicPage")).getAttribute("href");

        browser.manage().deleteAllCookies();
        browser.get(eventPage + "?utm_source=jazz-weekly");
        browser.findElement(By.id("checkout:ticket:0:quantity")).sendKeys("2");
        browser.findElement(By.id("checkout:promoCode")).sendKeys("FRIEND25");
        browser.findElement(By.id("checkout:price")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout:quoteTotal"), "EUR 30.00"));
        assertThat(pages.text("checkout:quote")).contains("EUR 40.00", "FRIEND25", "EUR 10.00");

        browser.findElement(By.id("checkout:buyerEmail")).sendKeys("not-an-email");
        browser.findElement(By.id("checkout:reserve")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout"), "is not an email address"));
        assertThat(PartnerFixture.count(sut, "select count(*) from customer_order o join live_event e on e.id = o.event_id"
                + " where e.title = '" + title + "'")).as("nothing reserved").isZero();
        pages.type("checkout:buyerEmail", buyer);
        doubleClick("checkout:reserve");
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("pay:cardNumber")));
        assertThat(PartnerFixture.count(sut, "select count(*) from customer_order o join live_event e on e.id = o.event_id"
                + " where e.title = '" + title + "'")).as("a double click reserves once").isOne();
        assertThat(PartnerFixture.text(sut, "select o.utm_source from customer_order o join live_event e on e.id = o.event_id"
                + " where e.title = '" + title + "'")).as("the campaign that brought the buyer").isEqualTo("jazz-weekly");
        assertThat(pages.text("pay:payTotal")).isEqualTo("EUR 30.00");
        String reference = pages.text("pay:orderReference");

        browser.findElement(By.id("pay:cardNumber")).sendKeys(DECLINES);
        browser.findElement(By.id("pay:payNow")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "declined"));
        assertThat(pages.text("messages")).contains("Your tickets stay held until");
        assertThat(PartnerFixture.text(sut, "select status from customer_order where public_id = '" + reference + "'"))
                .as("a declined card keeps the reservation").isEqualTo("reserved");

        pages.type("pay:cardNumber", SUCCEEDS);
        doubleClick("pay:payNow");
        pages.waitFor(ExpectedConditions.urlContains("/orders/" + reference));
        assertThat(pages.text("confirmation")).contains("confirmed", title, "EUR 30.00", buyer);
        List<WebElement> ticketLinks = browser.findElements(By.cssSelector("#tickets a[href*='/tickets/']"));
        assertThat(ticketLinks).hasSize(2);
        assertThat(PartnerFixture.count(sut, "select count(*) from ticket t join customer_order o on o.id = t.order_id"
                + " where o.public_id = '" + reference + "'")).isEqualTo(2);
        assertThat(PartnerFixture.count(sut, "select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.public_id = '" + reference + "' and p.status = 'captured'")).as("paid once").isEqualTo(1);
        pages.screenshot("viewer-confirmation.png");
        MimeMessage email = SystemUnderTest.mailbox().awaitOneTo(buyer, Duration.ofSeconds(90));
        String text = ((Multipart) email.getContent()).getBodyPart(0).getContent().toString();
        for (WebElement link : ticketLinks) {
            String ticket = link.getAttribute("href").replaceAll(".*/tickets/", "");
            assertThat(text).contains("Ticket " + ticket).contains("Watch: " + sut.uri("tickets/" + ticket));
        }

        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        pages.open("console/orders/ledger.xhtml");
        String entries = pages.text("entryTable");
        assertThat(entries).contains(reference, "sale", "EUR 30.00", "EUR 3.30", "EUR 26.70");

        pages.open("console/orders/orders.xhtml");
        browser.findElement(By.id("search:email")).sendKeys(buyer);
        pages.submit("search:find");
        assertThat(pages.text("orderTable")).contains(reference, title, "confirmed", "EUR 30.00");
        pages.submit(browser.findElement(By.linkText(reference)));
        pages.type("refund:amount", "10");
        pages.type("refund:reason", "one viewer could not come");
        browser.findElement(By.id("refund:refundNow")).click();
        WebElement yes = pages.waitFor(ExpectedConditions.elementToBeClickable(By.id("refund:confirmYes")));
        pages.submit(yes);
        assertThat(pages.text("messages")).contains("Refunded 10.00 EUR");
        assertThat(pages.text("refunded")).isEqualTo("EUR 10.00");
        pages.open("console/orders/ledger.xhtml");
        assertThat(pages.text("entryTable")).contains("refund");

        ConsoleClient organiser = new ConsoleClient(sut);
        organiser.login(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        String organiserId = PartnerFixture.text(sut, "select id from organiser where slug = 'northern-lights'");
        var csv = organiser.get("console/ledger.csv?organiser=" + organiserId);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("booked_at,kind,order,currency,gross,fee,net").contains(reference + ",EUR,30.00,3.30,26.70");
        String otherOrganiser = PartnerFixture.text(sut, "insert into organiser (name, slug, time_zone) values ('Ledger Rival', '"
                + "rival-" + UUID.randomUUID().toString().substring(0, 8) + "', 'UTC') returning id");
        assertThat(organiser.get("console/ledger.csv?organiser=" + otherOrganiser).statusCode())
                .as("another organiser's ledger is not found").isEqualTo(404);
        pages.screenshot("console-ledger.png");
    }

    @Test
    void aBuyerConfirmsAtTheBankAndThenSeesTheTickets() {
        String publicId = PartnerFixture.text(sut, "select public_id from live_event where title like 'Aurora Sessions%'"
                + " order by id limit 1");
        browser.manage().deleteAllCookies();
        pages.open("events/" + publicId);
        browser.findElement(By.id("checkout:ticket:0:quantity")).sendKeys("1");
        browser.findElement(By.id("checkout:buyerEmail")).sendKeys("bank-check@example.com");
        browser.findElement(By.id("checkout:reserve")).click();
        browser.findElement(By.id("pay:cardNumber")).sendKeys("4000 0000 0000 3220");
        browser.findElement(By.id("pay:payNow")).click();
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Confirm the payment with your bank"));
        String reference = pages.text("pay:orderReference");
        assertThat(PartnerFixture.text(sut, "select status from customer_order where public_id = '" + reference + "'"))
                .isEqualTo("reserved");
        browser.findElement(By.id("pay:continue")).click();
        pages.waitFor(ExpectedConditions.urlContains("/orders/" + reference));
        assertThat(pages.text("status")).isEqualTo("confirmed");
    }

    /** Two clicks as fast as a script can make them: an impatient buyer. */
    private static void doubleClick(String buttonId) {
        browser.executeScript("arguments[0].click(); arguments[0].click();", browser.findElement(By.id(buttonId)));
    }
}
