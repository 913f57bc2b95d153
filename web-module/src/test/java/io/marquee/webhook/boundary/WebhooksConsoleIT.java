package io.marquee.webhook.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.BrowserTest;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import io.marquee.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console: a platform admin subscribes a partner's URL (the secret shown once), a sale reaches it
 * after a failed first attempt, the delivery log shows both attempts, and Redeliver sends it again.
 */
class WebhooksConsoleIT extends BrowserTest {

    @Test
    void anAdminSubscribesAPartnerSeesTheDeliveryLogAndRedelivers() throws Exception {
        String partner = "Hook partner " + UUID.randomUUID().toString().substring(0, 8);
        PartnerFixture.execute(sut.jdbcUrl(), "with p as (insert into partner (name) values ('" + partner + "') returning id) "
                + "insert into partner_organiser select p.id, o.id from p, organiser o where o.slug = 'northern-lights'");
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 50, 4);

        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1)) {
            pages.logIn(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
            pages.open("console/admin/webhooks.xhtml");
            pages.type("subscribe:url", "ftp://nowhere.example/x");
            pages.choose("subscribe:partner", partner);
            pages.submit("subscribe:create");
            assertThat(pages.messageBeside("subscribe:url")).contains("https");
            assertThat(PartnerFixture.count(sut, "select count(*) from webhook_subscription where url like 'ftp:%'")).isZero();

            pages.type("subscribe:url", receiver.uri().toString());
            pages.choose("subscribe:partner", partner);
            for (String unwanted : new String[] {"reservation", "refund"}) {
                browser.findElement(By.id("subscribe:kinds")).findElement(By.xpath(".//label[normalize-space(.) = '"
                        + unwanted + "']")).click();
            }
            pages.submit("subscribe:create");
            assertThat(pages.text("issuedSecret")).startsWith("whsec_");
            assertThat(browser.findElement(By.xpath("//*[@id='subscriptions:subscriptionTable']//tr[contains(., '"
                    + receiver.uri() + "')]")).getText()).contains(partner, "sale").doesNotContain("reservation", "refund");

            Http.Answer reserved = sale.post("orders", sale.orderBody(1, "EUR"));
            String orderId = reserved.json().getString("id");
            assertThat(sale.post("orders/" + orderId + "/payments", "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}")
                    .status()).isEqualTo(201);
            assertThat(receiver.await(c -> c.body().contains(orderId), 2, Duration.ofSeconds(20)))
                    .extracting(WebhookReceiver.Call::answered).containsExactly(500, 200);

            pages.open("console/admin/webhooks.xhtml");
            By saleRow = By.xpath("//*[@id='log:deliveries']//tr[contains(., '" + orderId + "') and contains(., 'sale')]");
            pages.waitFor(b -> b.findElement(saleRow).getText().contains("delivered"));
            assertThat(browser.findElement(saleRow).getText()).contains("200");
            browser.findElement(saleRow).findElement(By.xpath(".//button[contains(., 'Attempts')]")).click();
            pages.waitFor(b -> pages.text("log:attempts").contains("500"));
            assertThat(pages.text("log:attempts")).contains("200");

            browser.findElement(saleRow).findElement(By.xpath(".//button[contains(., 'Redeliver')]")).click();
            assertThat(receiver.await(c -> c.body().contains(orderId), 3, Duration.ofSeconds(10)))
                    .extracting(WebhookReceiver.Call::eventType).containsOnly("sale").hasSize(3);
        }
    }
}
