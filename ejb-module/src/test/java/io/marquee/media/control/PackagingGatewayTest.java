package io.marquee.media.control;

import io.marquee.media.entity.PackagingChannel;
import io.marquee.media.entity.PlaybackOrigin;
import io.marquee.media.wire.Fault;
import io.marquee.media.wire.MediaWireServer;
import io.marquee.media.wire.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.mediapackage.MediaPackageClient;
import software.amazon.awssdk.services.mediapackage.model.NotFoundException;
import software.amazon.awssdk.services.mediapackage.model.UnprocessableEntityException;

import java.io.IOException;

import static io.marquee.media.wire.WireOperation.CREATE_ORIGIN_ENDPOINT;
import static io.marquee.media.wire.WireOperation.CREATE_PACKAGING_CHANNEL;
import static io.marquee.media.wire.WireOperation.DESCRIBE_ORIGIN_ENDPOINT;
import static io.marquee.media.wire.WireOperation.DESCRIBE_PACKAGING_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PackagingGatewayTest {

    private MediaWireServer server;
    private MediaPackageClient mediaPackage;
    private PackagingGateway packaging;

    @BeforeEach
    void start() throws IOException {
        server = MediaWireServer.start();
        mediaPackage = AwsClients.mediaPackage(LocalAws.at(server.endpoint()));
        packaging = new PackagingGateway(mediaPackage);
    }

    @AfterEach
    void stop() {
        mediaPackage.close();
        server.close();
    }

    @Test
    void aChannelHasTwoIngestEndpointsAndItsOriginAnHlsPlaybackUrl() {
        PackagingChannel channel = packaging.createChannel("concert-42", "Concert 42");
        PlaybackOrigin origin = packaging.createHlsOrigin(channel.id(), "concert-42-hls");

        assertThat(channel.ingestEndpoints()).hasSize(2).allSatisfy(ingest -> {
            assertThat(ingest.url()).startsWith("https://").contains("/in/v2/concert-42/").endsWith("/channel");
            assertThat(ingest.username()).isNotBlank();
            assertThat(ingest.password()).isNotBlank();
            assertThat(ingest.toString()).doesNotContain(ingest.password());
        });
        assertThat(origin.channelId()).isEqualTo("concert-42");
        assertThat(origin.url().toString()).contains("/out/v1/").endsWith("/index.m3u8");
        assertThat(server.requests()).extracting(RecordedRequest::method, RecordedRequest::path, RecordedRequest::status)
                .containsExactly(tuple("POST", "/channels", 200), tuple("POST", "/origin_endpoints", 200));
    }

    @Test
    void aChannelGoesOnlyAfterItsOrigins() {
        packaging.createChannel("concert-42", "Concert 42");
        packaging.createHlsOrigin("concert-42", "concert-42-hls");

        assertThatThrownBy(() -> packaging.deleteChannel("concert-42")).isInstanceOf(UnprocessableEntityException.class);
        assertThat(packaging.deleteOrigin("concert-42-hls")).isTrue();
        assertThat(packaging.deleteChannel("concert-42")).isTrue();
        assertThat(packaging.deleteChannel("concert-42")).as("already gone").isFalse();
        assertThat(packaging.deleteOrigin("concert-42-hls")).as("already gone").isFalse();
    }

    @Test
    void aCreateWhoseAnswerWasLostFindsWhatItMadeWhenTheRetryIsRefused() {
        server.faults().next(CREATE_PACKAGING_CHANNEL, Fault.slowAnswer(LocalAws.ATTEMPT_TIMEOUT.plusMillis(500)))
                .next(CREATE_ORIGIN_ENDPOINT, Fault.slowAnswer(LocalAws.ATTEMPT_TIMEOUT.plusMillis(500)));

        PackagingChannel channel = packaging.createChannel("concert-42", "Concert 42");
        PlaybackOrigin origin = packaging.createHlsOrigin("concert-42", "concert-42-hls");

        assertThat(channel.id()).isEqualTo("concert-42");
        assertThat(channel.ingestEndpoints()).hasSize(2);
        assertThat(origin.id()).isEqualTo("concert-42-hls");
        // the late answers may still be on their way (status 0): the refused retries tell the story
        assertThat(server.requests()).extracting(RecordedRequest::operation).containsExactly(
                CREATE_PACKAGING_CHANNEL, CREATE_PACKAGING_CHANNEL, DESCRIBE_PACKAGING_CHANNEL,
                CREATE_ORIGIN_ENDPOINT, CREATE_ORIGIN_ENDPOINT, DESCRIBE_ORIGIN_ENDPOINT);
        assertThat(server.requests()).extracting(RecordedRequest::status).containsSubsequence(422, 200, 422, 200);
    }

    @Test
    void aRefusalForAnotherReasonStands() {
        assertThatThrownBy(() -> packaging.createChannel("concert 42!", "an id MediaPackage refuses"))
                .isInstanceOf(UnprocessableEntityException.class);
        assertThatThrownBy(() -> packaging.createHlsOrigin("no-such-channel", "hls"))
                .isInstanceOf(NotFoundException.class);
    }
}
