package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.SignedPlayback;
import software.amazon.awssdk.services.cloudfront.CloudFrontUtilities;
import software.amazon.awssdk.services.cloudfront.cookie.CookiesForCustomPolicy;
import software.amazon.awssdk.services.cloudfront.model.CustomSignerRequest;

import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signs playback for one grant and one stream path, with a CloudFront custom policy limited to that
 * path and a short expiry. Signatures are kept per grant, path and time window: a join storm of
 * thousands of viewers signs once per grant and window, not on every request. Each signature
 * handed out still has at least half the time-to-live left.
 */
public class PlaybackSigner {

    private static final int PRUNE_ABOVE = 10_000;

    private final CloudFrontUtilities cloudFront = CloudFrontUtilities.create();
    private final Map<Key, SignedPlayback> signed = new ConcurrentHashMap<>();
    private final AtomicLong prunedInWindow = new AtomicLong(-1);
    private final PrivateKey privateKey;
    private final String keyPairId;
    private final Duration timeToLive;

    private record Key(long grantId, String path, long window) {
    }

    public PlaybackSigner(PrivateKey privateKey, String keyPairId, Duration timeToLive) {
        this.privateKey = privateKey;
        this.keyPairId = keyPairId;
        this.timeToLive = timeToLive;
    }

    /**
     * @param streamBase the stream's directory, e.g. {@code https://d1.cloudfront.net/live/abc/}
     * @param manifest   the manifest under it, e.g. {@code index.m3u8}
     * @param notAfter   the grant's end: no signature outlives it
     */
    public SignedPlayback sign(long grantId, String streamBase, String manifest, Instant now, Instant notAfter) {
        long halfLife = Math.max(1, timeToLive.toSeconds() / 2);
        long window = now.getEpochSecond() / halfLife;
        // prune at most once per window: with more grants playing than PRUNE_ABOVE, pruning on every
        // request would walk the whole map on every request
        if (signed.size() > PRUNE_ABOVE && prunedInWindow.getAndSet(window) != window) {
            signed.values().removeIf(s -> !s.expiresAt().isAfter(now));
        }
        return signed.computeIfAbsent(new Key(grantId, streamBase, window), key -> {
            Instant expires = Instant.ofEpochSecond((window + 2) * halfLife);
            return signNow(streamBase, manifest, expires.isAfter(notAfter) ? notAfter : expires);
        });
    }

    private SignedPlayback signNow(String streamBase, String manifest, Instant expires) {
        String base = streamBase.endsWith("/") ? streamBase : streamBase + "/";
        CustomSignerRequest request = CustomSignerRequest.builder()
                .resourceUrl(base + manifest)
                .resourceUrlPattern(base + "*")
                .privateKey(privateKey)
                .keyPairId(keyPairId)
                .expirationDate(expires)
                .build();
        // the SDK's cookies sign resourceUrl and ignore the pattern: give them the wildcard itself
        CookiesForCustomPolicy cookies = cloudFront.getCookiesForCustomPolicy(request.toBuilder()
                .resourceUrl(base + "*").build());
        String url = cloudFront.getSignedUrlWithCustomPolicy(request).url();
        return new SignedPlayback(url, Map.of(
                cookieName(cookies.policyHeaderValue()), cookieValue(cookies.policyHeaderValue()),
                cookieName(cookies.signatureHeaderValue()), cookieValue(cookies.signatureHeaderValue()),
                cookieName(cookies.keyPairIdHeaderValue()), cookieValue(cookies.keyPairIdHeaderValue())),
                URI.create(base).getPath(), expires);
    }

    /** The SDK answers "CloudFront-Policy=value" header values. */
    private static String cookieName(String headerValue) {
        return headerValue.substring(0, headerValue.indexOf('='));
    }

    private static String cookieValue(String headerValue) {
        return headerValue.substring(headerValue.indexOf('=') + 1);
    }
}
