package io.marquee.sales.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.ordering.control.SandboxPayments;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.Http;
import io.marquee.testing.MicroServer;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on loopback, one database, one Hazelcast grid: what happens on instance A (a visit, a
 * sale) reaches a dashboard connected to instance B, which did nothing but listen.
 */
class ClusteredDashboardIT {

    static SystemUnderTest a;
    static MicroServer b;
    static SaleFixture sale;

    @BeforeAll
    static void twoInstances() {
        a = SystemUnderTest.get();
        b = a.startAnotherInstance(Path.of("target", "second-instance").toAbsolutePath());
        sale = SaleFixture.onSale(a::uri, a.jdbcUrl(), SaleFixture.key(a.jdbcUrl(), "northern-lights"), 100, 4);
    }

    @AfterAll
    static void stopSecond() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aVisitAndASaleOnOneInstanceReachADashboardOnTheOther() {
        ConsoleClient onB = new ConsoleClient(path -> b.base().resolve(path));
        onB.login(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        try (FigureStream dashboard = FigureStream.open(onB, sale.eventId())) {
            String page = "events/" + PartnerFixture.text(a, "select public_id from live_event where id = " + sale.eventId());
            assertThat(Http.send(HttpRequest.newBuilder(a.uri(page)).header("User-Agent", VisitTrackingIT.FIREFOX)
                    .GET().build()).status()).isEqualTo(200);

            assertThat(dashboard.until(f -> f.getInt("visits") == 1, Duration.ofSeconds(10)).figures().getInt("visits"))
                    .isEqualTo(1);

            String orderId = sale.post("orders", sale.orderBody(2, "EUR")).json().getString("id");
            assertThat(sale.post("orders/" + orderId + "/payments", "{\"cardNumber\":\"" + SandboxPayments.SUCCEEDS + "\"}")
                    .status()).isEqualTo(201);
            assertThat(dashboard.until(f -> f.getInt("ticketsSold") == 2, Duration.ofSeconds(10)).figures()
                    .getInt("ticketsSold")).as("a sale on A, pushed on B").isEqualTo(2);
        }
    }
}
