package io.marquee.ordering.boundary;

import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 concurrent buyers over real HTTP for 1,000 tickets, in each run a new event: exactly 1,000
 * confirmed, 1,000 told it is sold out, taken == capacity == tickets issued; buying in two requests (reserve,
 * pay) and in the one-request checkout. The build runs 1 run of each (one
 * run takes 15-70 s on the shared 2 cores); the acceptance run of 10:
 * {@code mvn -o verify -pl web-module -am -Dit.test=ConcurrentBuyersIT -Dordering.crowd.runs=10 -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ConcurrentBuyersIT {

    static final int RUNS = Integer.getInteger("ordering.crowd.runs", 1);
    static final int TICKETS = 1000;
    static final int BUYERS = 2000;

    @ParameterizedTest
    @EnumSource(BuyerCrowd.Flow.class)
    void neverOversold(BuyerCrowd.Flow flow) {
        SystemUnderTest sut = SystemUnderTest.get();
        String key = SaleFixture.key(sut.jdbcUrl(), "northern-lights");
        for (int run = 1; run <= RUNS; run++) {
            SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), key, TICKETS, 1);

            BuyerCrowd.Result result = BuyerCrowd.buy(sut::uri, sale, BUYERS, 64, flow);

            System.out.printf("%s run %d: %d confirmed, %d sold out, other %s in %d ms (%.0f confirmed/s)%n", flow, run,
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
