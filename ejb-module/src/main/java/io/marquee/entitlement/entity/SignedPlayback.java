package io.marquee.entitlement.entity;

import java.time.Instant;
import java.util.Map;

/**
 * What a player needs to fetch a stream through CloudFront: the signed manifest URL, and the signed
 * cookies (CloudFront-Policy, -Signature, -Key-Pair-Id) that let it fetch the segments under the same
 * path. Both stop working at {@code expiresAt}.
 */
public record SignedPlayback(String url, Map<String, String> cookies, String cookiePath, Instant expiresAt) {

    public SignedPlayback {
        cookies = Map.copyOf(cookies);
    }
}
