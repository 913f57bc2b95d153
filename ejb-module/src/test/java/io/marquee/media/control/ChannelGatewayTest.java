package io.marquee.media.control;

import io.marquee.media.entity.ChannelClass;
import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.entity.ChannelState;
import io.marquee.media.entity.RtmpEndpoint;
import io.marquee.media.entity.RtmpInput;
import io.marquee.media.wire.MediaWireServer;
import io.marquee.media.wire.RecordedRequest;
import io.marquee.media.wire.WireOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.medialive.MediaLiveClient;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static io.marquee.media.entity.ChannelState.CREATE_FAILED;
import static io.marquee.media.entity.ChannelState.CREATING;
import static io.marquee.media.entity.ChannelState.DELETED;
import static io.marquee.media.entity.ChannelState.DELETING;
import static io.marquee.media.entity.ChannelState.IDLE;
import static io.marquee.media.entity.ChannelState.RECOVERING;
import static io.marquee.media.entity.ChannelState.RUNNING;
import static io.marquee.media.entity.ChannelState.STARTING;
import static io.marquee.media.entity.ChannelState.STOPPING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ChannelGatewayTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/MediaLiveAccessRole";

    private MediaWireServer server;
    private MediaLiveClient mediaLive;
    private ChannelGateway channels;

    @BeforeEach
    void start() throws IOException {
        server = MediaWireServer.start();
        mediaLive = AwsClients.mediaLive(LocalAws.at(server.endpoint()));
        channels = new ChannelGateway(mediaLive, Optional.of(ROLE));
    }

    @AfterEach
    void stop() {
        mediaLive.close();
        server.close();
    }

    @Test
    void anRtmpInputOfAStandardChannelHasOneEndpointPerPipeline() {
        String group = channels.createSecurityGroup(List.of("0.0.0.0/0"));

        RtmpInput input = channels.createRtmpInput("concert-42", group, ChannelClass.STANDARD, "live", "k3y-42");

        assertThat(input.endpoints()).containsExactly(
                new RtmpEndpoint("rtmp://198.51.100.10:1935/live", "k3y-42"),
                new RtmpEndpoint("rtmp://198.51.100.11:1935/live", "k3y-42"));
        assertThat(server.requests()).extracting(RecordedRequest::method, RecordedRequest::path, RecordedRequest::status)
                .containsExactly(
                        tuple("POST", "/prod/inputSecurityGroups", 200),
                        tuple("POST", "/prod/inputs", 201));
    }

    @Test
    void aNewChannelIsCreatingThenIdle() {
        ChannelSnapshot created = channels.createChannel(plan("concert-42", ChannelClass.STANDARD));

        assertThat(created.state()).isEqualTo(CREATING);
        assertThat(created.channelClass()).isEqualTo(ChannelClass.STANDARD);
        assertThat(created.arn()).isEqualTo("arn:aws:medialive:eu-west-1:123456789012:channel:" + created.id());
        assertThat(stateOf(created.id())).isEqualTo(IDLE);
    }

    @Test
    void startAndStopPassThroughTheirTransitionalStates() {
        server.observationsPerStep(2);
        String id = channels.createChannel(plan("concert-42", ChannelClass.STANDARD)).id();
        assertThat(List.of(stateOf(id), stateOf(id))).containsExactly(CREATING, IDLE);

        assertThat(channels.start(id)).isEqualTo(Transition.ACCEPTED);
        assertThat(List.of(stateOf(id), stateOf(id))).containsExactly(STARTING, RUNNING);
        assertThat(channels.describe(id).orElseThrow().pipelinesRunning()).isEqualTo(2);

        assertThat(channels.stop(id)).isEqualTo(Transition.ACCEPTED);
        assertThat(List.of(stateOf(id), stateOf(id))).containsExactly(STOPPING, IDLE);

        assertThat(server.requests()).filteredOn(r -> r.method().equals("POST"))
                .extracting(RecordedRequest::path).containsSubsequence(
                        "/prod/channels/" + id + "/start", "/prod/channels/" + id + "/stop");
    }

    @Test
    void startingAChannelThatIsNotIdleIsAWrongStateAndNotRetried() {
        String id = channels.createChannel(plan("concert-42", ChannelClass.STANDARD)).id();

        assertThat(channels.start(id)).isEqualTo(Transition.WRONG_STATE);

        assertThat(server.requests(WireOperation.START_CHANNEL)).extracting(RecordedRequest::status).containsExactly(409);
        assertThat(stateOf(id)).isEqualTo(IDLE);
    }

    @Test
    void anUnknownChannelIsGone() {
        assertThat(channels.describe("4242")).isEmpty();
        assertThat(channels.start("4242")).isEqualTo(Transition.GONE);
        assertThat(channels.stop("4242")).isEqualTo(Transition.GONE);
        assertThat(channels.delete("4242")).isEqualTo(Transition.GONE);

        assertThat(server.requests()).extracting(RecordedRequest::status).containsOnly(404).hasSize(4);
    }

    @Test
    void aDeletedChannelReadsDeletedThenIsGoneForCommandsAndLists() {
        String id = channels.createChannel(plan("concert-42", ChannelClass.SINGLE_PIPELINE)).id();
        stateOf(id);
        channels.start(id);
        assertThat(channels.delete(id)).as("a running channel cannot be deleted").isEqualTo(Transition.WRONG_STATE);
        stateOf(id);
        channels.stop(id);
        stateOf(id);

        assertThat(channels.delete(id)).isEqualTo(Transition.ACCEPTED);
        assertThat(List.of(stateOf(id), stateOf(id))).containsExactly(DELETED, DELETED);
        assertThat(channels.start(id)).isEqualTo(Transition.GONE);
        assertThat(channels.all()).isEmpty();
    }

    @Test
    void deletingShowsWhileItLasts() {
        server.observationsPerStep(2);
        String id = channels.createChannel(plan("concert-42", ChannelClass.STANDARD)).id();
        stateOf(id);
        stateOf(id);

        channels.delete(id);

        assertThat(List.of(stateOf(id), stateOf(id))).containsExactly(DELETING, DELETED);
    }

    @Test
    void aChannelThatFailsToCreateShowsCreateFailedAndCanBeDeleted() {
        server.failCreationOf("doomed");
        String id = channels.createChannel(plan("doomed", ChannelClass.STANDARD)).id();

        assertThat(stateOf(id)).isEqualTo(CREATE_FAILED);
        assertThat(channels.start(id)).isEqualTo(Transition.WRONG_STATE);
        assertThat(channels.delete(id)).isEqualTo(Transition.ACCEPTED);
    }

    @Test
    void aRecoveringChannelRunsOnOnePipelineAndCanBeStopped() {
        String id = channels.createChannel(plan("concert-42", ChannelClass.STANDARD)).id();
        stateOf(id);
        channels.start(id);
        stateOf(id);

        server.force(id, RECOVERING);

        ChannelSnapshot recovering = channels.describe(id).orElseThrow();
        assertThat(recovering.state()).isEqualTo(RECOVERING);
        assertThat(recovering.pipelinesRunning()).isEqualTo(1);
        assertThat(channels.stop(id)).isEqualTo(Transition.ACCEPTED);
    }

    @Test
    void allFollowsThePagesToTheEnd() {
        String group = channels.createSecurityGroup(List.of("0.0.0.0/0"));
        List<String> created = IntStream.range(0, 250)
                .mapToObj(i -> channels.createChannel(plan("channel-" + i, ChannelClass.SINGLE_PIPELINE, group)).id())
                .toList();

        List<ChannelSnapshot> all = channels.all();

        assertThat(all).extracting(ChannelSnapshot::id).containsExactlyElementsOf(created);
        assertThat(all).extracting(ChannelSnapshot::state).containsOnly(IDLE);
        assertThat(server.requests(WireOperation.LIST_CHANNELS)).hasSize(3)
                .allSatisfy(r -> assertThat(r.query()).contains("maxResults=100"))
                .extracting(r -> r.query().contains("nextToken=")).containsExactly(false, true, true);
    }

    private ChannelState stateOf(String id) {
        return channels.describe(id).orElseThrow().state();
    }

    /** A channel on an input of its class; MediaLive refuses a STANDARD channel on a single-pipeline input. */
    private ChannelPlan plan(String name, ChannelClass channelClass) {
        return plan(name, channelClass, channels.createSecurityGroup(List.of("0.0.0.0/0")));
    }

    private ChannelPlan plan(String name, ChannelClass channelClass, String group) {
        RtmpInput input = channels.createRtmpInput(name, group, channelClass, "live", name + "-key");
        return new ChannelPlan(name, channelClass, input.id(), "mp-" + name);
    }
}
