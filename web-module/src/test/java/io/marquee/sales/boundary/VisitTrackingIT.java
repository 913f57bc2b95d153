package io.marquee.sales.boundary;

import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.testing.ConsoleClient;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visits to an event's public page: counted without the page waiting for the database (the
 * dashboard hears of them within a second or two), with where the visitor came from; crawlers and
 * scripts are not visitors. The push stream shows only the user's own organisers' events.
 */
class VisitTrackingIT {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    static SystemUnderTest sut;
    static SaleFixture sale;
    static String page;

    @BeforeAll
    static void eventOnSale() {
        sut = SystemUnderTest.get();
        sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.key(sut.jdbcUrl(), "northern-lights"), 100, 4);
        page = "events/" + PartnerFixture.text(sut, "select public_id from live_event where id = " + sale.eventId());
    }

    @Test
    void visitsReachTheDashboardWithTheirSourcesAndCrawlersDoNot() {
        ConsoleClient console = new ConsoleClient(sut);
        console.login(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);
        try (FigureStream dashboard = FigureStream.open(console, sale.eventId())) {
            visit("?utm_source=newsletter&utm_medium=email&utm_campaign=spring", FIREFOX, "https://mail.example.org/inbox");
            visit("", FIREFOX, "https://www.facebook.com/groups/jazz");
            visit("", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null);
            visit("", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", null);
            visit("", "curl/8.5.0", null);
            visit("", null, null);
            // queued after the crawlers: once it is counted, they would have been too
            visit("", FIREFOX, null);

            JsonObject figures = dashboard.until(f -> f.getInt("visits") >= 3, Duration.ofSeconds(10)).figures();

            assertThat(figures.getInt("visits")).isEqualTo(3);
            assertThat(figures.getJsonArray("sources").getValuesAs(JsonObject.class))
                    .extracting(s -> s.getString("source") + "=" + s.getInt("visits"))
                    .containsExactlyInAnyOrder("newsletter=1", "www.facebook.com=1", "direct=1");
        }
        assertThat(sale.count("select count(*) from visit where event_id = " + sale.eventId())).isEqualTo(3);
        assertThat(PartnerFixture.text(sut, "select concat_ws('|', source, referrer_host, utm_source, utm_medium, "
                + "utm_campaign) from visit where event_id = " + sale.eventId() + " and utm_source is not null"))
                .isEqualTo("newsletter|mail.example.org|newsletter|email|spring");
        assertThat(sale.count("select sum(visits) from sales_aggregate where scope = 'organiser' and granularity = 'minute' "
                + "and dimension = 'all' and scope_id = " + sale.organiserId())).isGreaterThanOrEqualTo(3);
        assertThat(sale.count("select sum(visits) from sales_aggregate where scope = 'event' and granularity = 'hour' "
                + "and dimension = 'source' and scope_id = " + sale.eventId())).isEqualTo(3);
    }

    @Test
    void anotherOrganisersEventIsNotStreamed() {
        SaleFixture other = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), SaleFixture.otherOrganiserKey(sut.jdbcUrl()), 10, 2);
        ConsoleClient console = new ConsoleClient(sut);
        console.login(SystemUnderTest.ORGANISER, SystemUnderTest.ORGANISER_PASSWORD);

        assertThat(FigureStream.status(console, "event=" + other.eventId())).isEqualTo(404);
        assertThat(FigureStream.status(console, "event=999999999")).isEqualTo(404);
        assertThat(FigureStream.status(console, "event=abc")).isEqualTo(404);
        assertThat(FigureStream.status(new ConsoleClient(sut), "event=" + sale.eventId()))
                .as("not logged in: sent to the login page").isIn(302, 303);
    }

    private static void visit(String query, String userAgent, String referrer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(sut.uri(page + query)).GET();
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        if (referrer != null) {
            request.header("Referer", referrer);
        }
        assertThat(Http.send(request.build()).status()).isEqualTo(200);
    }
}
