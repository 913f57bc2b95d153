package io.marquee.media.control;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A token bucket in front of an AWS client: every HTTP attempt (first tries and the SDK's
 * retries alike) takes a token, so Marquee stays under the account's request rate however
 * many channels one run handles. Tokens refill continuously; the bucket holds one second's
 * worth, so a quiet client may burst that much.
 */
public final class RequestRate implements ExecutionInterceptor {

    private final double perSecond;
    private double tokens;
    private long refilledAt = System.nanoTime();

    public RequestRate(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("the request rate must be positive, got " + perSecond);
        }
        this.perSecond = perSecond;
        this.tokens = Math.max(1, perSecond);
    }

    /** Waits until a request may go. */
    public void acquire() {
        long wait;
        while ((wait = reserve()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** @return 0 when a token was taken, else how many nanoseconds until one is due */
    private synchronized long reserve() {
        long now = System.nanoTime();
        tokens = Math.min(Math.max(1, perSecond), tokens + (now - refilledAt) * perSecond / 1e9);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * 1e9 / perSecond);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        acquire();
    }

    /** The least time {@code requests} take at this rate from a full bucket. */
    public Duration floorFor(int requests) {
        return Duration.ofNanos((long) (Math.max(0, requests - Math.max(1, perSecond)) * 1e9 / perSecond));
    }
}
