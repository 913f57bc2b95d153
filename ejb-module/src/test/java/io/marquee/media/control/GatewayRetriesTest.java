package io.marquee.media.control;

import io.marquee.media.entity.ChannelClass;
import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.wire.Fault;
import io.marquee.media.wire.MediaWireServer;
import io.marquee.media.wire.RecordedRequest;
import io.marquee.media.wire.WireOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.medialive.MediaLiveClient;
import software.amazon.awssdk.services.medialive.model.TooManyRequestsException;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static io.marquee.media.wire.WireOperation.CREATE_CHANNEL;
import static io.marquee.media.wire.WireOperation.DESCRIBE_CHANNEL;
import static io.marquee.media.wire.WireOperation.START_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Throttling, 5xx and timeouts are retried by the SDK as configured in {@link AwsClients}; the gateway sees none of them. */
class GatewayRetriesTest {

    private MediaWireServer server;
    private MediaLiveClient mediaLive;
    private ChannelGateway channels;
    private String channelId;

    @BeforeEach
    void start() throws IOException {
        server = MediaWireServer.start();
        mediaLive = AwsClients.mediaLive(LocalAws.at(server.endpoint()));
        channels = new ChannelGateway(mediaLive, Optional.empty());
        channelId = channels.createChannel(plan("concert-42")).id();
        channels.describe(channelId);
    }

    @AfterEach
    void stop() {
        mediaLive.close();
        server.close();
    }

    @Test
    void throttlingIsRetriedUntilItPasses() {
        server.faults().next(DESCRIBE_CHANNEL, Fault.throttling(), Fault.throttling());

        assertThat(channels.describe(channelId)).isPresent();

        assertThat(lastCalls(DESCRIBE_CHANNEL, 3)).extracting(RecordedRequest::status, RecordedRequest::attempt)
                .containsExactly(tuple(429, 1), tuple(429, 2),
                        tuple(200, 3));
    }

    @Test
    void serverErrorsAreRetried() {
        server.faults().next(START_CHANNEL, Fault.internalError(), Fault.badGateway());

        assertThat(channels.start(channelId)).isEqualTo(Transition.ACCEPTED);

        assertThat(server.requests(START_CHANNEL)).extracting(RecordedRequest::status).containsExactly(500, 502, 200);
    }

    @Test
    void throttlingBeyondThreeAttemptsReachesTheCaller() {
        server.faults().next(DESCRIBE_CHANNEL, Fault.throttling(), Fault.throttling(), Fault.throttling());

        assertThatThrownBy(() -> channels.describe(channelId)).isInstanceOf(TooManyRequestsException.class);

        assertThat(lastCalls(DESCRIBE_CHANNEL, 3)).extracting(RecordedRequest::status).containsOnly(429);
    }

    @Test
    void aCreateAnsweredTooLateIsRetriedWithTheSameTokenAndMakesOneChannel() {
        server.faults().next(CREATE_CHANNEL, Fault.slowAnswer(LocalAws.ATTEMPT_TIMEOUT.plusMillis(500)));

        ChannelSnapshot created = channels.createChannel(plan("concert-43"));

        assertThat(server.requests(CREATE_CHANNEL)).extracting(RecordedRequest::attempt).containsExactly(1, 1, 2);
        assertThat(channels.all()).extracting(ChannelSnapshot::id).containsExactly(channelId, created.id());
    }

    @Test
    void seededRandomFaultsAreAbsorbed() {
        server.faults().randomly(42, 0.25, Fault.throttling(), Fault.internalError(), Fault.badGateway());

        IntStream.range(0, 30).forEach(i -> assertThat(channels.describe(channelId)).isPresent());

        List<RecordedRequest> describes = server.requests(DESCRIBE_CHANNEL);
        assertThat(describes).filteredOn(r -> r.status() == 200).hasSize(31);
        assertThat(describes).filteredOn(r -> r.status() >= 429).isNotEmpty();
    }

    private List<RecordedRequest> lastCalls(WireOperation operation, int count) {
        List<RecordedRequest> calls = server.requests(operation);
        return calls.subList(calls.size() - count, calls.size());
    }

    private ChannelPlan plan(String name) {
        String group = channels.createSecurityGroup(List.of("0.0.0.0/0"));
        String input = channels.createRtmpInput(name, group, ChannelClass.SINGLE_PIPELINE, "live", name).id();
        return new ChannelPlan(name, ChannelClass.SINGLE_PIPELINE, input, "mp-" + name);
    }
}
