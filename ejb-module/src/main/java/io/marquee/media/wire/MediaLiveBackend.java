package io.marquee.media.wire;

import io.marquee.media.entity.ChannelState;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** MediaLive's side of the server: security groups, RTMP push inputs and channels, in memory. */
final class MediaLiveBackend {

    static final String ACCOUNT = "123456789012";
    private static final int DEFAULT_PAGE = 10;
    private static final Pattern STREAM_NAME = Pattern.compile("[^/]+/[^/]+");
    private static final Pattern CIDR = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");

    private long lastId = 1_000_000;
    private final Set<String> securityGroups = new HashSet<>();
    private final Map<String, JsonObject> inputs = new HashMap<>();
    private final Map<String, LiveChannel> channels = new LinkedHashMap<>();
    private final Map<String, String> idByRequestId = new HashMap<>();
    private final Set<String> failingNames = new HashSet<>();
    private int observationsPerStep = 1;

    synchronized Reply handle(WireOperation.Call call, Map<String, String> query, JsonObject body, String region) {
        return switch (call.operation()) {
            case CREATE_INPUT_SECURITY_GROUP -> createSecurityGroup(body, region);
            case CREATE_INPUT -> idempotent("input", body, () -> createInput(body, region),
                    id -> new Reply(201, Json.createObjectBuilder().add("input", inputs.get(id)).build()));
            case CREATE_CHANNEL -> idempotent("channel", body, () -> createChannel(body, region),
                    id -> new Reply(201, Json.createObjectBuilder().add("channel", channels.get(id).render(false)).build()));
            case LIST_CHANNELS -> list(query);
            case DESCRIBE_CHANNEL -> describe(call.id());
            case START_CHANNEL -> command(call.id(), LiveChannel::start);
            case STOP_CHANNEL -> command(call.id(), LiveChannel::stop);
            case DELETE_CHANNEL -> command(call.id(), LiveChannel::delete);
            default -> throw new IllegalArgumentException(call.operation() + " is not MediaLive's");
        };
    }

    synchronized void failCreationOf(String channelName) {
        failingNames.add(channelName);
    }

    synchronized void force(String channelId, ChannelState state) {
        existing(channelId).force(state);
    }

    synchronized void observationsPerStep(int observations) {
        observationsPerStep = observations;
    }

    private Reply createSecurityGroup(JsonObject body, String region) {
        JsonArray rules = body.getJsonArray("whitelistRules");
        if (rules == null || rules.isEmpty() || !rules.stream().map(JsonValue::asJsonObject)
                .allMatch(rule -> CIDR.matcher(rule.getString("cidr", "")).matches())) {
            throw WireError.badRequest("whitelistRules need at least one rule, each with a valid cidr");
        }
        String id = nextId();
        securityGroups.add(id);
        return new Reply(200, Json.createObjectBuilder().add("securityGroup", Json.createObjectBuilder()
                .add("arn", arn(region, "inputSecurityGroup", id)).add("id", id).add("state", "IDLE")
                .add("inputs", JsonValue.EMPTY_JSON_ARRAY).add("whitelistRules", rules)
                .add("tags", body.getOrDefault("tags", JsonValue.EMPTY_JSON_OBJECT))).build());
    }

    private String createInput(JsonObject body, String region) {
        if (!"RTMP_PUSH".equals(body.getString("type", null))) {
            throw WireError.badRequest("this server speaks RTMP_PUSH inputs only");
        }
        List<String> groups = strings(body.getJsonArray("inputSecurityGroups"));
        if (groups.isEmpty() || !securityGroups.containsAll(groups)) {
            throw WireError.badRequest("an RTMP_PUSH input needs existing inputSecurityGroups, got " + groups);
        }
        JsonArray destinations = body.getJsonArray("destinations");
        if (destinations == null || destinations.isEmpty() || destinations.size() > 2) {
            throw WireError.badRequest("an RTMP_PUSH input needs one or two destinations");
        }
        JsonArrayBuilder urls = Json.createArrayBuilder();
        for (int i = 0; i < destinations.size(); i++) {
            String streamName = destinations.getJsonObject(i).getString("streamName", "");
            if (!STREAM_NAME.matcher(streamName).matches()) {
                throw WireError.badRequest("streamName must read application/instance, got '" + streamName + "'");
            }
            String ip = "198.51.100." + (10 + i);
            urls.add(Json.createObjectBuilder().add("ip", ip).add("port", "1935")
                    .add("url", "rtmp://" + ip + ":1935/" + streamName));
        }
        String id = nextId();
        inputs.put(id, Json.createObjectBuilder()
                .add("arn", arn(region, "input", id)).add("id", id).add("name", body.getString("name", ""))
                .add("type", "RTMP_PUSH").add("state", "DETACHED")
                .add("inputClass", destinations.size() == 2 ? "STANDARD" : "SINGLE_PIPELINE")
                .add("securityGroups", body.getJsonArray("inputSecurityGroups")).add("destinations", urls)
                .add("attachedChannels", JsonValue.EMPTY_JSON_ARRAY).add("sources", JsonValue.EMPTY_JSON_ARRAY)
                .add("tags", body.getOrDefault("tags", JsonValue.EMPTY_JSON_OBJECT)).build());
        return id;
    }

    private String createChannel(JsonObject body, String region) {
        String channelClass = body.getString("channelClass", "STANDARD");
        JsonArray attachments = body.getJsonArray("inputAttachments");
        if (attachments == null || attachments.isEmpty()) {
            throw WireError.unprocessable("a channel needs an input attachment");
        }
        for (JsonValue attachment : attachments) {
            JsonObject input = inputs.get(attachment.asJsonObject().getString("inputId", ""));
            if (input == null) {
                throw WireError.unprocessable("input " + attachment.asJsonObject().getString("inputId", "") + " not found");
            }
            if (!input.getString("inputClass").equals(channelClass)) {
                throw WireError.unprocessable("a " + channelClass + " channel cannot attach a "
                        + input.getString("inputClass") + " input");
            }
        }
        String id = nextId();
        int pipelines = channelClass.equals("STANDARD") ? 2 : 1;
        channels.put(id, new LiveChannel(id, arn(region, "channel", id), body, pipelines,
                failingNames.contains(body.getString("name", "")), observationsPerStep));
        return id;
    }

    /** A create repeated with the same {@code requestId} (an SDK retry) answers the resource made the first time. */
    private Reply idempotent(String kind, JsonObject body, Supplier<String> create, Function<String, Reply> answer) {
        String token = body.getString("requestId", null);
        String id = token == null ? null : idByRequestId.get(kind + ":" + token);
        if (id == null) {
            id = create.get();
            if (token != null) {
                idByRequestId.put(kind + ":" + token, id);
            }
        }
        return answer.apply(id);
    }

    private Reply describe(String channelId) {
        LiveChannel channel = channels.get(channelId);
        if (channel == null) {
            throw WireError.notFound("Channel", channelId);
        }
        channel.observe();
        return new Reply(200, channel.render(false));
    }

    private Reply command(String channelId, Consumer<LiveChannel> command) {
        LiveChannel channel = existing(channelId);
        command.accept(channel);
        return new Reply(200, channel.render(false));
    }

    private Reply list(Map<String, String> query) {
        int pageSize = number(query.getOrDefault("maxResults", String.valueOf(DEFAULT_PAGE)), "maxResults");
        if (pageSize < 1 || pageSize > 1000) {
            throw WireError.badRequest("maxResults must be between 1 and 1000");
        }
        int offset = query.containsKey("nextToken") ? number(new String(decode(query.get("nextToken")),
                StandardCharsets.UTF_8), "nextToken") : 0;
        List<LiveChannel> visible = channels.values().stream().filter(c -> c.state() != ChannelState.DELETED).toList();
        JsonArrayBuilder page = Json.createArrayBuilder();
        visible.stream().skip(offset).limit(pageSize).forEach(channel -> {
            channel.observe();
            page.add(channel.render(true));
        });
        JsonObjectBuilder answer = Json.createObjectBuilder().add("channels", page);
        if (offset + pageSize < visible.size()) {
            answer.add("nextToken", Base64.getUrlEncoder().encodeToString(
                    String.valueOf(offset + pageSize).getBytes(StandardCharsets.UTF_8)));
        }
        return new Reply(200, answer.build());
    }

    private LiveChannel existing(String channelId) {
        LiveChannel channel = channels.get(channelId);
        if (channel == null || channel.state() == ChannelState.DELETED) {
            throw WireError.notFound("Channel", channelId);
        }
        return channel;
    }

    private String nextId() {
        return String.valueOf(++lastId);
    }

    private static String arn(String region, String type, String id) {
        return "arn:aws:medialive:" + region + ":" + ACCOUNT + ":" + type + ":" + id;
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static byte[] decode(String token) {
        try {
            return Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw WireError.badRequest("invalid nextToken");
        }
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw WireError.badRequest("invalid " + name);
        }
    }
}
