package io.marquee.media.wire;

import io.marquee.media.entity.ChannelState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.Set;

import static io.marquee.media.entity.ChannelState.CREATE_FAILED;
import static io.marquee.media.entity.ChannelState.CREATING;
import static io.marquee.media.entity.ChannelState.DELETED;
import static io.marquee.media.entity.ChannelState.DELETING;
import static io.marquee.media.entity.ChannelState.IDLE;
import static io.marquee.media.entity.ChannelState.RECOVERING;
import static io.marquee.media.entity.ChannelState.RUNNING;
import static io.marquee.media.entity.ChannelState.STARTING;
import static io.marquee.media.entity.ChannelState.STOPPING;

/**
 * One MediaLive channel and its deterministic state machine: a transitional state (CREATING,
 * STARTING, STOPPING, DELETING) becomes the next one after a set number of observations
 * (describes, list entries), never by the clock.
 */
final class LiveChannel {

    final String id;
    private final String arn;
    private final JsonObject request;
    private final int pipelines;
    private final int observationsPerStep;
    private ChannelState state = CREATING;
    private ChannelState next;
    private int observationsLeft;

    LiveChannel(String id, String arn, JsonObject request, int pipelines, boolean failsCreation,
                int observationsPerStep) {
        this.id = id;
        this.arn = arn;
        this.request = request;
        this.pipelines = pipelines;
        this.observationsPerStep = observationsPerStep;
        stepTo(failsCreation ? CREATE_FAILED : IDLE);
    }

    ChannelState state() {
        return state;
    }

    void observe() {
        if (next != null && --observationsLeft <= 0) {
            state = next;
            next = null;
        }
    }

    void start() {
        move("start", Set.of(IDLE), STARTING, RUNNING);
    }

    void stop() {
        move("stop", Set.of(RUNNING, RECOVERING), STOPPING, IDLE);
    }

    void delete() {
        move("delete", Set.of(IDLE, CREATE_FAILED), DELETING, DELETED);
    }

    void force(ChannelState forced) {
        state = forced;
        next = null;
    }

    private void move(String command, Set<ChannelState> from, ChannelState via, ChannelState to) {
        if (!from.contains(state)) {
            throw WireError.conflict("Channel " + id + " cannot " + command + " while " + state);
        }
        state = via;
        stepTo(to);
    }

    private void stepTo(ChannelState target) {
        next = target;
        observationsLeft = observationsPerStep;
    }

    /** The channel as DescribeChannel answers it; a ListChannels entry lacks encoder settings and pipeline details. */
    JsonObject render(boolean listEntry) {
        JsonArrayBuilder egress = Json.createArrayBuilder();
        for (int pipeline = 0; pipeline < pipelines; pipeline++) {
            egress.add(Json.createObjectBuilder().add("sourceIp", "203.0.113." + (10 + pipeline)));
        }
        JsonObjectBuilder channel = Json.createObjectBuilder()
                .add("arn", arn)
                .add("id", id)
                .add("name", request.getString("name", ""))
                .add("state", state.name())
                .add("channelClass", request.getString("channelClass", "STANDARD"))
                .add("inputAttachments", request.getOrDefault("inputAttachments", JsonValue.EMPTY_JSON_ARRAY))
                .add("destinations", request.getOrDefault("destinations", JsonValue.EMPTY_JSON_ARRAY))
                .add("inputSpecification", request.getOrDefault("inputSpecification", JsonValue.EMPTY_JSON_OBJECT))
                .add("egressEndpoints", egress)
                .add("pipelinesRunningCount", runningPipelines())
                .add("tags", request.getOrDefault("tags", JsonValue.EMPTY_JSON_OBJECT))
                .add("logLevel", request.getString("logLevel", "DISABLED"));
        if (request.containsKey("roleArn")) {
            channel.add("roleArn", request.getString("roleArn"));
        }
        if (!listEntry) {
            channel.add("encoderSettings", request.getOrDefault("encoderSettings", JsonValue.EMPTY_JSON_OBJECT))
                    .add("pipelineDetails", JsonValue.EMPTY_JSON_ARRAY);
        }
        return channel.build();
    }

    private int runningPipelines() {
        return switch (state) {
            case RUNNING -> pipelines;
            case RECOVERING -> pipelines - 1;
            default -> 0;
        };
    }
}
