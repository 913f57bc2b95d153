package io.marquee.media.wire;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The MediaLive and MediaPackage (v1) operations the server speaks, by method and path. */
public enum WireOperation {
    CREATE_INPUT_SECURITY_GROUP("POST", "/prod/inputSecurityGroups"),
    CREATE_INPUT("POST", "/prod/inputs"),
    CREATE_CHANNEL("POST", "/prod/channels"),
    LIST_CHANNELS("GET", "/prod/channels"),
    DESCRIBE_CHANNEL("GET", "/prod/channels/{id}"),
    START_CHANNEL("POST", "/prod/channels/{id}/start"),
    STOP_CHANNEL("POST", "/prod/channels/{id}/stop"),
    DELETE_CHANNEL("DELETE", "/prod/channels/{id}"),
    CREATE_PACKAGING_CHANNEL("POST", "/channels"),
    DESCRIBE_PACKAGING_CHANNEL("GET", "/channels/{id}"),
    DELETE_PACKAGING_CHANNEL("DELETE", "/channels/{id}"),
    CREATE_ORIGIN_ENDPOINT("POST", "/origin_endpoints"),
    DESCRIBE_ORIGIN_ENDPOINT("GET", "/origin_endpoints/{id}"),
    DELETE_ORIGIN_ENDPOINT("DELETE", "/origin_endpoints/{id}");

    static final String MEDIALIVE = "medialive";
    static final String MEDIAPACKAGE = "mediapackage";
    /** MediaLive's API version lives in the path: every MediaLive path starts here. */
    private static final String MEDIALIVE_PREFIX = "/prod/";

    private final String method;
    private final Pattern path;
    private final String signingName;

    WireOperation(String method, String template) {
        this.method = method;
        this.path = Pattern.compile(template.replace("{id}", "([^/]+)"));
        this.signingName = template.startsWith(MEDIALIVE_PREFIX) ? MEDIALIVE : MEDIAPACKAGE;
    }

    /** The service name in the SigV4 credential scope. */
    String signingName() {
        return signingName;
    }

    /** An operation with the id its path names, if it names one. */
    public record Call(WireOperation operation, String id) {
    }

    static Optional<Call> match(String method, String path) {
        for (WireOperation operation : values()) {
            Matcher matcher = operation.path.matcher(path);
            if (operation.method.equals(method) && matcher.matches()) {
                return Optional.of(new Call(operation, matcher.groupCount() > 0 ? matcher.group(1) : null));
            }
        }
        return Optional.empty();
    }
}
