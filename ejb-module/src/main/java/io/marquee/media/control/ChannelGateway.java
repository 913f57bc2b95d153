package io.marquee.media.control;

import io.marquee.media.entity.ChannelClass;
import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.entity.ChannelState;
import io.marquee.media.entity.RtmpEndpoint;
import io.marquee.media.entity.RtmpInput;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import software.amazon.awssdk.services.medialive.MediaLiveClient;
import software.amazon.awssdk.services.medialive.model.ChannelSummary;
import software.amazon.awssdk.services.medialive.model.ConflictException;
import software.amazon.awssdk.services.medialive.model.CreateInputResponse;
import software.amazon.awssdk.services.medialive.model.DescribeChannelResponse;
import software.amazon.awssdk.services.medialive.model.InputCodec;
import software.amazon.awssdk.services.medialive.model.InputDestination;
import software.amazon.awssdk.services.medialive.model.InputDestinationRequest;
import software.amazon.awssdk.services.medialive.model.InputMaximumBitrate;
import software.amazon.awssdk.services.medialive.model.InputResolution;
import software.amazon.awssdk.services.medialive.model.InputType;
import software.amazon.awssdk.services.medialive.model.InputWhitelistRuleCidr;
import software.amazon.awssdk.services.medialive.model.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * MediaLive, as reconciliation needs it: provisioning returns what was made, and the outcomes
 * reconciliation branches on (wrong state, gone) are values, not exceptions. Throttling and
 * 5xx are retried by the SDK (see {@link AwsClients}); what still fails after that opens the
 * circuit, so a MediaLive outage is not hammered by every reconciliation pass.
 */
@Dependent
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000)
public class ChannelGateway {

    private static final String PACKAGING_DESTINATION = "mediapackage";
    private static final int PAGE_SIZE = 100;

    private final MediaLiveClient mediaLive;
    private final Optional<String> roleArn;

    /** @param roleArn the IAM role MediaLive assumes to write to MediaPackage; AWS refuses a channel without it */
    @Inject
    public ChannelGateway(MediaLiveClient mediaLive,
                          @ConfigProperty(name = "marquee.aws.medialive-role-arn") Optional<String> roleArn) {
        this.mediaLive = mediaLive;
        this.roleArn = roleArn;
    }

    /** @return the security group's id; inputs accept pushes only from these CIDR blocks */
    public String createSecurityGroup(List<String> allowedCidrs) {
        return mediaLive.createInputSecurityGroup(r -> r.whitelistRules(allowedCidrs.stream()
                        .map(cidr -> InputWhitelistRuleCidr.builder().cidr(cidr).build()).toList()))
                .securityGroup().id();
    }

    /** An RTMP push input with one destination per pipeline, each receiving {@code application/streamKey}. */
    public RtmpInput createRtmpInput(String name, String securityGroupId, ChannelClass channelClass,
                                     String application, String streamKey) {
        String streamName = application + "/" + streamKey;
        CreateInputResponse created = mediaLive.createInput(r -> r.name(name).type(InputType.RTMP_PUSH)
                .requestId(token(name + "/" + streamName))
                .inputSecurityGroups(securityGroupId)
                .destinations(Collections.nCopies(channelClass.pipelines(),
                        InputDestinationRequest.builder().streamName(streamName).build())));
        return new RtmpInput(created.input().id(), created.input().destinations().stream()
                .map(InputDestination::url).map(RtmpEndpoint::of).toList());
    }

    public ChannelSnapshot createChannel(ChannelPlan plan) {
        var channel = mediaLive.createChannel(r -> {
            r.name(plan.name())
                    .requestId(token(plan.name()))
                    .channelClass(plan.channelClass().name())
                    .inputAttachments(a -> a.inputId(plan.inputId()).inputAttachmentName(plan.name())
                            .inputSettings(s -> s.audioSelectors(selector -> selector.name(EncoderLadder.AUDIO_SELECTOR))))
                    .inputSpecification(s -> s.codec(InputCodec.AVC).resolution(InputResolution.HD)
                            .maximumBitrate(InputMaximumBitrate.MAX_10_MBPS))
                    .destinations(d -> d.id(PACKAGING_DESTINATION)
                            .mediaPackageSettings(m -> m.channelId(plan.packagingChannelId())))
                    .encoderSettings(EncoderLadder.settings(PACKAGING_DESTINATION));
            roleArn.ifPresent(r::roleArn);
        }).channel();
        return snapshot(channel.id(), channel.arn(), channel.name(), channel.stateAsString(),
                channel.channelClassAsString(), channel.pipelinesRunningCount());
    }

    /** @return empty when MediaLive does not know the channel (404) */
    public Optional<ChannelSnapshot> describe(String channelId) {
        try {
            DescribeChannelResponse channel = mediaLive.describeChannel(r -> r.channelId(channelId));
            return Optional.of(snapshot(channel.id(), channel.arn(), channel.name(), channel.stateAsString(),
                    channel.channelClassAsString(), channel.pipelinesRunningCount()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    public Transition start(String channelId) {
        return transition(id -> mediaLive.startChannel(r -> r.channelId(id)), channelId);
    }

    public Transition stop(String channelId) {
        return transition(id -> mediaLive.stopChannel(r -> r.channelId(id)), channelId);
    }

    public Transition delete(String channelId) {
        return transition(id -> mediaLive.deleteChannel(r -> r.channelId(id)), channelId);
    }

    /** Every channel of the account, following MediaLive's pages to the end. */
    public List<ChannelSnapshot> all() {
        return mediaLive.listChannelsPaginator(r -> r.maxResults(PAGE_SIZE)).channels().stream()
                .map(ChannelGateway::snapshot).toList();
    }

    /**
     * The channel under a name, if MediaLive has one that is not going away: provisioning looks
     * before it creates, so a provisioning cut short after the create never makes a second one.
     */
    public Optional<ChannelSnapshot> named(String name) {
        return mediaLive.listChannelsPaginator(r -> r.maxResults(PAGE_SIZE)).channels().stream()
                .filter(c -> name.equals(c.name())).map(ChannelGateway::snapshot)
                .filter(c -> c.state() != ChannelState.DELETING && c.state() != ChannelState.DELETED)
                .findFirst();
    }

    /**
     * The idempotency token of a create, derived from what is created: a create repeated after a
     * lost answer (by the SDK or by provisioning run again) answers what the first one made.
     */
    private static String token(String what) {
        return UUID.nameUUIDFromBytes(what.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Transition transition(Consumer<String> command, String channelId) {
        try {
            command.accept(channelId);
            return Transition.ACCEPTED;
        } catch (ConflictException wrongState) {
            return Transition.WRONG_STATE;
        } catch (NotFoundException gone) {
            return Transition.GONE;
        }
    }

    private static ChannelSnapshot snapshot(ChannelSummary channel) {
        return snapshot(channel.id(), channel.arn(), channel.name(), channel.stateAsString(),
                channel.channelClassAsString(), channel.pipelinesRunningCount());
    }

    private static ChannelSnapshot snapshot(String id, String arn, String name, String state, String channelClass,
                                            Integer pipelinesRunning) {
        return new ChannelSnapshot(id, arn, name, ChannelState.named(state), ChannelClass.valueOf(channelClass),
                pipelinesRunning == null ? 0 : pipelinesRunning);
    }
}
