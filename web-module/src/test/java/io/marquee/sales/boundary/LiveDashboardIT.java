package io.marquee.sales.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.BrowserTest;
import io.marquee.testing.Http;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live sales dashboard in a real browser: an organiser has it open, a partner sells tickets
 * through the API, and revenue, tickets sold and the chart change without a reload. The test
 * measures from the payment's response to the push being drawn, and prints it.
 */
class LiveDashboardIT extends BrowserTest {

    @Test
    void aSaleThroughTheApiShowsOnTheOpenDashboardWithoutAReload() {
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 50, 4);
        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        pages.open("console/sales/live.xhtml?event=" + sale.eventId());
        pages.waitFor(driver -> "live".equals(pages.text("liveState")));
        assertThat(pages.text("ticketsSold")).isEqualTo("0");
        assertThat(pages.text("capacity")).isEqualTo("50");
        assertThat(pages.text("revenue")).isEqualTo("0");
        long chartBefore = chartTotal();
        browser.executeScript("window.sameDocument = true");

        String order = sale.post("orders", sale.orderBody(3, "EUR")).json().getString("id");
        Http.Answer paid = sale.post("orders/" + order + "/payments", "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}");
        long confirmed = System.currentTimeMillis();
        assertThat(paid.status()).isEqualTo(201);

        pages.waitFor(driver -> "3".equals(pages.text("ticketsSold")));
        long drawn = Long.parseLong(browser.findElement(By.id("liveSales")).getAttribute("data-pushed-at"));
        System.out.printf("live dashboard: sale confirmed -> drawn in the browser in %d ms%n", drawn - confirmed);

        assertThat(pages.text("revenue")).isEqualTo("€30.00");
        assertThat(chartTotal()).isEqualTo(chartBefore + 3);
        assertThat(pages.text("sales")).isEqualTo("1");
        assertThat(browser.findElement(By.id("ticketTypes")).getText()).contains("Stream 3 50 €30.00");
        assertThat(browser.executeScript("return window.sameDocument === true")).as("not reloaded").isEqualTo(true);
        assertThat(drawn - confirmed).as("push latency in ms (2 shared cores)").isLessThan(2_000);
    }

    private long chartTotal() {
        return ((Number) browser.executeScript(
                "return PF('salesChart').chart.data.datasets[0].data.reduce((a, b) => a + b, 0)")).longValue();
    }
}
