package io.marquee.ordering.boundary;

import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reservation holds its tickets until its hold expires; then the timer (every 15 s) expires it and
 * the tickets and the promo use are free again, and a late payment is refused. The test moves the
 * hold into the past in the database instead of waiting 10 minutes.
 */
class HoldExpiryIT {

    @Test
    void anExpiredHoldReleasesItsTickets() throws Exception {
        SystemUnderTest sut = SystemUnderTest.get();
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 10, 4);
        Http.Answer reserved = sale.post("orders", sale.orderBody(4, "EUR"));
        String orderId = reserved.json().getString("id");
        Instant holdUntil = Instant.parse(reserved.json().getString("holdExpiresAt"));
        assertThat(Duration.between(Instant.now(), holdUntil)).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
        assertThat(sale.taken()).isEqualTo(4);

        PartnerFixture.execute(sut.jdbcUrl(), "update customer_order set hold_expires_at = now() - interval '1 second' "
                + "where public_id = '" + orderId + "'");
        Http.Answer late = OrderingApiIT.pay(sale, orderId, SandboxPayments.SUCCEEDS);
        assertThat(late.status()).isEqualTo(409);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (sale.taken() != 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(sale.taken()).isZero();
        assertThat(Http.get(sut.uri("api/v1/orders/" + orderId), sale.key()).json().getString("status")).isEqualTo("expired");
        assertThat(sale.count("select count(*) from payment p join customer_order o on o.id = p.order_id "
                + "where o.public_id = '" + orderId + "'")).isZero();
    }
}
