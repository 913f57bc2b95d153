package io.marquee.ordering.boundary;

import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 concurrent buyers over real HTTP for 1,000 tickets, in each of 10 runs (a new event per
 * run): exactly 1,000 confirmed, 1,000 told it is sold out, taken == capacity == tickets issued.
 */
class ConcurrentBuyersIT {

    static final int RUNS = Integer.getInteger("ordering.crowd.runs", 10);
    static final int TICKETS = 1000;
    static final int BUYERS = 2000;

    @Test
    void neverOversold() {
        SystemUnderTest sut = SystemUnderTest.get();
        String key = SaleFixture.key(sut.jdbcUrl(), "northern-lights");
        for (int run = 1; run <= RUNS; run++) {
            SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), key, TICKETS, 1);

            BuyerCrowd.Result result = BuyerCrowd.buy(sut::uri, sale, BUYERS, 64);

            System.out.printf("run %d: %d confirmed, %d sold out, other %s in %d ms (%.0f confirmed/s)%n", run,
                    result.confirmed(), result.soldOut(), result.other(), result.elapsed().toMillis(),
                    result.confirmedPerSecond());
            assertThat(result.other()).as("run %d: answers other than confirmed and sold out", run).isEmpty();
            assertThat(result.confirmed()).as("run %d confirmed", run).isEqualTo(TICKETS);
            assertThat(result.soldOut()).isEqualTo(BUYERS - TICKETS);
            assertThat(sale.taken()).isEqualTo(TICKETS);
            assertThat(sale.count("select count(*) from customer_order where status = 'confirmed' and event_id = "
                    + sale.eventId())).isEqualTo(TICKETS);
            assertThat(sale.count("select count(*) from ticket where ticket_type_id = " + sale.ticketTypeId())).isEqualTo(TICKETS);
        }
    }
}
