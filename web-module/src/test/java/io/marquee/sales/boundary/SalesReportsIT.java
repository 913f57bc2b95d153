package io.marquee.sales.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.BrowserTest;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.Http;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Console sales reports: a sale from a new traffic source shows in the report by source and in its
 * CSV download; another organiser's report is not to be had.
 */
class SalesReportsIT extends BrowserTest {

    @Test
    void aSaleFromANewSourceShowsInTheReportAndItsCsv() throws Exception {
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 20, 4);
        String source = "report-" + UUID.randomUUID().toString().substring(0, 8);
        String body = sale.orderBody(2, "EUR");
        Http.Answer reserved = sale.post("orders", body.substring(0, body.length() - 1) + ",\"utmSource\":\"" + source + "\"}");
        assertThat(sale.post("orders/" + reserved.json().getString("id") + "/payments",
                "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}").status()).isEqualTo(201);
        String counted = "select count(*) from sales_aggregate where scope = 'organiser' and dimension = 'source' "
                + "and item = '" + source + "' and sales = 1";
        for (int i = 0; i < 100 && sale.count(counted) == 0; i++) {
            Thread.sleep(50);
        }

        pages.logIn(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        pages.open("console/sales/reports.xhtml");
        assertThat(pages.text("bySource")).contains(source, "20.00");
        assertThat(pages.text("byDay")).isNotBlank().doesNotContain("No visits or sales yet.");

        ConsoleClient console = new ConsoleClient(sut);
        console.login(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        HttpResponse<String> csv = console.get("console/sales-report.csv?organiser=" + sale.organiserId() + "&by=source");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("source,currency,visits,reservations,sales,tickets,gross,");
        assertThat(csv.body().lines().filter(l -> l.contains(source) && l.contains(",EUR,"))).hasSize(1);

        long otherOrganiser = sale.count("insert into organiser (name, slug, time_zone) values ('Report other "
                + source + "', '" + source + "', 'UTC') returning id");
        assertThat(console.get("console/sales-report.csv?organiser=" + otherOrganiser + "&by=source").statusCode())
                .as("another organiser's report").isEqualTo(404);
        assertThat(console.get("console/sales-report.csv?organiser=" + sale.organiserId() + "&by=weekday").statusCode())
                .isEqualTo(404);
    }
}
