package io.marquee.media.wire;

import java.time.Instant;

/**
 * One request as the server saw it, for assertions.
 *
 * @param sequence   arrival order (a slow answer completes after requests that came later)
 * @param operation  null for a path the server does not speak
 * @param sdkRequest the SDK's {@code amz-sdk-request} header, e.g. {@code attempt=2; max=3}
 * @param status     what the server answered; 0 while the answer is still to come (a slow-answer fault)
 */
public record RecordedRequest(long sequence, Instant at, String method, String path, String query,
                              WireOperation operation, String sdkRequest, int status) {

    public int attempt() {
        if (sdkRequest == null) {
            return 1;
        }
        for (String part : sdkRequest.split(";")) {
            String[] pair = part.trim().split("=");
            if (pair[0].equals("attempt")) {
                return Integer.parseInt(pair[1]);
            }
        }
        return 1;
    }
}
