package io.marquee.media.wire;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** MediaPackage (v1)'s side of the server: channels with HLS ingest, HLS origin endpoints, in memory. */
final class MediaPackageBackend {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final Map<String, JsonObject> channels = new LinkedHashMap<>();
    private final Map<String, JsonObject> origins = new HashMap<>();
    private long lastHex;

    synchronized Reply handle(WireOperation.Call call, JsonObject body, String region) {
        return switch (call.operation()) {
            case CREATE_PACKAGING_CHANNEL -> createChannel(body, region);
            case DESCRIBE_PACKAGING_CHANNEL -> describe(channels, "Channel", call.id());
            case CREATE_ORIGIN_ENDPOINT -> createOrigin(body, region);
            case DESCRIBE_ORIGIN_ENDPOINT -> describe(origins, "OriginEndpoint", call.id());
            case DELETE_ORIGIN_ENDPOINT -> delete(origins, "OriginEndpoint", call.id());
            case DELETE_PACKAGING_CHANNEL -> deleteChannel(call.id());
            default -> throw new IllegalArgumentException(call.operation() + " is not MediaPackage's");
        };
    }

    private Reply createChannel(JsonObject body, String region) {
        String id = newId(body, channels, "Channel");
        JsonArrayBuilder ingest = Json.createArrayBuilder();
        for (int pipeline = 0; pipeline < 2; pipeline++) {
            String endpoint = hex();
            ingest.add(Json.createObjectBuilder().add("id", endpoint)
                    .add("url", host(region) + "/in/v2/" + id + "/" + endpoint + "/channel")
                    .add("username", hex()).add("password", hex()));
        }
        JsonObject channel = Json.createObjectBuilder()
                .add("arn", "arn:aws:mediapackage:" + region + ":" + MediaLiveBackend.ACCOUNT + ":channels/" + hex())
                .add("id", id).add("description", body.getString("description", ""))
                .add("hlsIngest", Json.createObjectBuilder().add("ingestEndpoints", ingest))
                .add("tags", body.getOrDefault("tags", JsonValue.EMPTY_JSON_OBJECT)).build();
        channels.put(id, channel);
        return new Reply(200, channel);
    }

    private Reply createOrigin(JsonObject body, String region) {
        String channelId = body.getString("channelId", "");
        if (!channels.containsKey(channelId)) {
            throw WireError.notFound("Channel", channelId);
        }
        String id = newId(body, origins, "OriginEndpoint");
        String manifest = body.getString("manifestName", "index");
        JsonObject hls = Json.createObjectBuilder().add("segmentDurationSeconds", 6).add("playlistWindowSeconds", 60)
                .add("playlistType", "NONE").add("adMarkers", "NONE").add("includeIframeOnlyStream", false)
                .addAll(Json.createObjectBuilder(body.getOrDefault("hlsPackage", JsonValue.EMPTY_JSON_OBJECT).asJsonObject()))
                .build();
        JsonObject origin = Json.createObjectBuilder()
                .add("arn", "arn:aws:mediapackage:" + region + ":" + MediaLiveBackend.ACCOUNT + ":origin_endpoints/" + hex())
                .add("id", id).add("channelId", channelId).add("manifestName", manifest)
                .add("url", host(region) + "/out/v1/" + hex() + "/" + manifest + ".m3u8")
                .add("hlsPackage", hls).add("origination", "ALLOW").add("startoverWindowSeconds", 0)
                .add("timeDelaySeconds", 0).add("whitelist", JsonValue.EMPTY_JSON_ARRAY)
                .add("tags", body.getOrDefault("tags", JsonValue.EMPTY_JSON_OBJECT)).build();
        origins.put(id, origin);
        return new Reply(200, origin);
    }

    private Reply deleteChannel(String id) {
        if (origins.values().stream().anyMatch(origin -> origin.getString("channelId").equals(id))) {
            throw WireError.unprocessable("Channel " + id + " still has origin endpoints");
        }
        return delete(channels, "Channel", id);
    }

    private static Reply describe(Map<String, JsonObject> resources, String what, String id) {
        JsonObject resource = resources.get(id);
        if (resource == null) {
            throw WireError.notFound(what, id);
        }
        return new Reply(200, resource);
    }

    private static Reply delete(Map<String, JsonObject> resources, String what, String id) {
        if (resources.remove(id) == null) {
            throw WireError.notFound(what, id);
        }
        return new Reply(202, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** MediaPackage v1 takes the caller's id; a second resource under it is refused. */
    private static String newId(JsonObject body, Map<String, JsonObject> resources, String what) {
        String id = body.getString("id", "");
        if (!ID.matcher(id).matches()) {
            throw WireError.unprocessable(what + " id must be 1 to 256 letters, digits, '-' or '_'");
        }
        if (resources.containsKey(id)) {
            throw WireError.unprocessable(what + " " + id + " already exists");
        }
        return id;
    }

    private String hex() {
        return String.format("%032x", ++lastHex);
    }

    private String host(String region) {
        return "https://" + hex().substring(22) + ".mediapackage." + region + ".amazonaws.com";
    }
}
