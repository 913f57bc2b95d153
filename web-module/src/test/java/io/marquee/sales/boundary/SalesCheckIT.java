package io.marquee.sales.boundary;

import io.marquee.ordering.boundary.BuyerCrowd;
import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.testing.BrowserTest;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales counters after a burst of concurrent sales and refunds agree with the orders, and the
 * check job (started from the console's batch jobs page) says so; once a counter is tampered with
 * in the database, the next run reports exactly that drift.
 */
class SalesCheckIT extends BrowserTest {

    @Test
    void countersMatchTheOrdersAfterABurstAndTheCheckReportsTamperingOnly() {
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 200, 4);
        BuyerCrowd.Result crowd = BuyerCrowd.buy(sut::uri, sale, 40, 8, BuyerCrowd.Flow.TWO_REQUESTS);
        assertThat(crowd.confirmed()).isEqualTo(40);
        List<String> orders = List.of(PartnerFixture.text(sut, "select string_agg(public_id, ',' order by id) from "
                + "customer_order where event_id = " + sale.eventId()).split(","));
        // refunds while more buyers come: ten in full, ten in part
        CompletableFuture<BuyerCrowd.Result> more = CompletableFuture.supplyAsync(() -> BuyerCrowd.buy(sut::uri, sale, 20, 4, BuyerCrowd.Flow.TWO_REQUESTS));
        IntStream.range(0, 20).parallel().forEach(i -> assertThat(sale.post("orders/" + orders.get(i) + "/refunds",
                i < 10 ? "{}" : "{\"amount\":2.50}").status()).isEqualTo(201));
        assertThat(more.join().confirmed()).isEqualTo(20);

        String counted = "select coalesce(sum(tickets - refunded_tickets), 0) from sales_aggregate where scope = 'event' "
                + "and granularity = 'minute' and dimension = 'all' and scope_id = " + sale.eventId();
        pages.waitFor(driver -> sale.count(counted) == 50);
        assertThat(sale.count("select sum(gross - refunded) * 100 from sales_aggregate where scope = 'event' "
                + "and granularity = 'hour' and dimension = 'source' and scope_id = " + sale.eventId()))
                .isEqualTo(sale.count("select sum(total - refunded) * 100 from customer_order where event_id = " + sale.eventId()));
        assertThat(sale.count("select sum(refunds) from sales_aggregate where scope = 'organiser' and granularity = 'day' "
                + "and dimension = 'all' and scope_id = " + sale.organiserId()))
                .isGreaterThanOrEqualTo(20);

        pages.logIn(SystemUnderTest.ADMIN, SystemUnderTest.ADMIN_PASSWORD);
        long clean = checkFromTheConsole();
        assertThat(sale.count("select count(*) from sales_drift where execution_id = " + clean + " and event_id = "
                + sale.eventId())).isZero();

        // one day's counter (the sales may straddle midnight in the organiser's zone)
        String eventDays = "from sales_aggregate where scope = 'event' and granularity = 'day' and dimension = 'all' "
                + "and currency = 'EUR' and scope_id = " + sale.eventId();
        PartnerFixture.execute(sut.jdbcUrl(), "update sales_aggregate set tickets = tickets + 5 where ctid = "
                + "(select ctid " + eventDays + " order by bucket desc limit 1)");
        long tampered = checkFromTheConsole();
        assertThat(PartnerFixture.text(sut, "select string_agg(metric || ' +' || (recorded - expected)::int, ',') "
                + "from sales_drift where execution_id = " + tampered + " and event_id = " + sale.eventId()))
                .isEqualTo("tickets +5");
        assertThat(rowOf(tampered)).contains("drift:");
    }

    /** Presses "Check sales counters now" and waits until the run shows as completed; answers its execution id. */
    private long checkFromTheConsole() {
        String latest = "select coalesce(max(execution_id), 0) from job_run where job_name = 'check-sales-aggregates'";
        long before = PartnerFixture.count(sut, latest);
        pages.open("console/admin/jobs.xhtml");
        browser.findElement(By.id("jobs:checkSales")).click();
        pages.waitFor(driver -> PartnerFixture.count(sut, latest) > before);
        long run = PartnerFixture.count(sut, latest);
        pages.waitFor(driver -> rowOf(run).contains("COMPLETED"));
        return run;
    }

    private String rowOf(long run) {
        return browser.findElement(By.xpath("//tbody[@id='jobs:jobTable_data']/tr[td[1][normalize-space()='" + run + "']]"))
                .getText();
    }
}
