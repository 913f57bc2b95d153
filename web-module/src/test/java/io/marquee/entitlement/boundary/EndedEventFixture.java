package io.marquee.entitlement.boundary;

import io.marquee.media.control.MediaDemo;
import io.marquee.ordering.boundary.SaleFixture;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event that took place: a ticket bought through the ordering API before it, then the event moved to
 * have ended an hour ago, its grant with it (valid for the grace after the end: five hours left); with
 * or without its recording, the shipped MP4 put into the test server's S3 and attached as an upload is.
 */
public record EndedEventFixture(long eventId, String eventPublicId, String ticket, String recordingKey, int recordingSize) {

    public static EndedEventFixture bought(SystemUnderTest sut, boolean withRecording) {
        String key = SaleFixture.key(sut.jdbcUrl(), "northern-lights");
        SaleFixture sale = SaleFixture.onSale(sut::uri, sut.jdbcUrl(), key, 10, 2);
        String buyer = "after-the-end-" + UUID.randomUUID() + "@example.org";
        String order = sale.post("orders", sale.orderBody(1, "EUR").replace("buyer@example.com", buyer)).json().getString("id");
        assertThat(sale.post("orders/" + order + "/payments", "{\"cardNumber\":\"4242424242424242\"}").status()).isEqualTo(201);
        String ticket = Http.get(sut.uri("api/v1/orders/" + order + "/tickets"), key).jsonArray().getJsonObject(0)
                .getString("token");
        PartnerFixture.execute(sut.jdbcUrl(), "update live_event set starts_at = now() - interval '3 hours', "
                + "ends_at = now() - interval '1 hour' where id = " + sale.eventId());
        PartnerFixture.execute(sut.jdbcUrl(), "update entitlement set valid_from = now() - interval '210 minutes', "
                + "valid_until = now() + interval '5 hours' where event_id = " + sale.eventId());
        String publicId = PartnerFixture.text(sut, "select public_id from live_event where id = " + sale.eventId());
        if (!withRecording) {
            return new EndedEventFixture(sale.eventId(), publicId, ticket, null, 0);
        }
        byte[] video = recording();
        String objectKey = "events/" + sale.eventId() + "/" + UUID.randomUUID() + ".mp4";
        SystemUnderTest.vodStore().put(objectKey, "video/mp4", video);
        PartnerFixture.execute(sut.jdbcUrl(), "insert into media_recording (event_id, organiser_id, file_name, object_key, "
                + "content_type, size, status, attached_at) select id, organiser_id, 'concert.mp4', '" + objectKey
                + "', 'video/mp4', " + video.length + ", 'attached', now() from live_event where id = " + sale.eventId());
        return new EndedEventFixture(sale.eventId(), publicId, ticket, objectKey, video.length);
    }

    /** The grace runs out: the ticket no longer plays. */
    public void graceOver(SystemUnderTest sut) {
        PartnerFixture.execute(sut.jdbcUrl(), "update entitlement set valid_until = now() - interval '1 second' "
                + "where event_id = " + eventId);
    }

    /** The shipped test stream as one MP4 (the demo's recording). */
    public static byte[] recording() {
        try (InputStream in = MediaDemo.class.getResourceAsStream(MediaDemo.RECORDING)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
