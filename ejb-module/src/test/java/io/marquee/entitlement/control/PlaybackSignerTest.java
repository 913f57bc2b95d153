package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.SignedPlayback;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PlaybackSignerTest {

    private static final KeyPair KEYS = keys();
    private static final String STREAM = "https://d1.cloudfront.net/live/ev42/";
    private static final Instant NOW = Instant.parse("2026-12-01T19:00:00Z");
    private static final Instant GRANT_END = Instant.parse("2026-12-02T03:00:00Z");

    private final PlaybackSigner signer = new PlaybackSigner(KEYS.getPrivate(), "K2JCJMDEHXQW5F", Duration.ofMinutes(5));
    private final CloudFrontEdge edge = new CloudFrontEdge(KEYS.getPublic());

    @Test
    void aSignedUrlVerifiesWithThePublicKeyForItsPathOnly() {
        SignedPlayback playback = signer.sign(1, STREAM, "index.m3u8", NOW, GRANT_END);

        assertThat(edge.allowsUrl(playback.url(), NOW)).isTrue();
        String policy = playback.cookies().get("CloudFront-Policy");
        String signature = playback.cookies().get("CloudFront-Signature");
        assertThat(edge.allows(STREAM + "index_1080p_00042.ts", policy, signature, NOW)).as("a segment").isTrue();
        assertThat(edge.allows("https://d1.cloudfront.net/live/ev43/index.m3u8", policy, signature, NOW))
                .as("another event's stream").isFalse();
        assertThat(playback.cookies().get("CloudFront-Key-Pair-Id")).isEqualTo("K2JCJMDEHXQW5F");
        assertThat(playback.cookiePath()).isEqualTo("/live/ev42/");
    }

    @Test
    void aTamperedPolicyOrSignatureIsRefused() {
        SignedPlayback playback = signer.sign(1, STREAM, "index.m3u8", NOW, GRANT_END);
        String policy = playback.cookies().get("CloudFront-Policy");
        String signature = playback.cookies().get("CloudFront-Signature");

        String otherPolicy = signer.sign(2, "https://d1.cloudfront.net/live/", "x.m3u8", NOW, GRANT_END)
                .cookies().get("CloudFront-Policy");
        assertThat(edge.allows(STREAM + "index.m3u8", otherPolicy, signature, NOW)).as("a wider policy").isFalse();
        char flipped = signature.charAt(10) == 'A' ? 'B' : 'A';
        String badSignature = signature.substring(0, 10) + flipped + signature.substring(11);
        assertThat(edge.allows(STREAM + "index.m3u8", policy, badSignature, NOW)).isFalse();
    }

    @Test
    void aSignatureExpiresShortlyAndNeverOutlivesTheGrant() {
        SignedPlayback playback = signer.sign(1, STREAM, "index.m3u8", NOW, GRANT_END);
        assertThat(playback.expiresAt()).isBetween(NOW.plus(Duration.ofMinutes(2)), NOW.plus(Duration.ofMinutes(5)));
        assertThat(edge.allowsUrl(playback.url(), playback.expiresAt())).as("at expiry").isFalse();

        Instant endingGrant = NOW.plusSeconds(60);
        SignedPlayback last = signer.sign(3, STREAM, "index.m3u8", NOW, endingGrant);
        assertThat(last.expiresAt()).isEqualTo(endingGrant);
        assertThat(edge.allowsUrl(last.url(), endingGrant.plusSeconds(1))).isFalse();
    }

    @Test
    void aJoinStormSignsOncePerGrantAndWindow() {
        SignedPlayback first = signer.sign(1, STREAM, "index.m3u8", NOW, GRANT_END);
        SignedPlayback again = signer.sign(1, STREAM, "index.m3u8", NOW.plusSeconds(30), GRANT_END);
        SignedPlayback later = signer.sign(1, STREAM, "index.m3u8", NOW.plus(Duration.ofMinutes(3)), GRANT_END);

        assertThat(again).isSameAs(first);
        assertThat(later).isNotSameAs(first);
        assertThat(Duration.between(NOW.plusSeconds(30), again.expiresAt())).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
