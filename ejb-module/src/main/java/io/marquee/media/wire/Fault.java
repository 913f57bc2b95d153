package io.marquee.media.wire;

import java.time.Duration;

/**
 * A failure the server plays instead of (or after) the real answer.
 *
 * @param status    the error status, or 0 to do the work and answer normally, only late
 * @param errorType the {@code x-amzn-ErrorType} the SDK maps to an exception class
 * @param delay     how long the answer waits: longer than the client's attempt timeout is a timeout
 */
public record Fault(int status, String errorType, Duration delay) {

    public static Fault throttling() {
        return new Fault(429, "TooManyRequestsException", Duration.ZERO);
    }

    public static Fault internalError() {
        return new Fault(500, "InternalServerErrorException", Duration.ZERO);
    }

    public static Fault badGateway() {
        return new Fault(502, "BadGatewayException", Duration.ZERO);
    }

    /** The request takes effect, but the answer comes late: a timed-out client retries something already done. */
    public static Fault slowAnswer(Duration delay) {
        return new Fault(0, null, delay);
    }

    boolean refuses() {
        return status != 0;
    }
}
