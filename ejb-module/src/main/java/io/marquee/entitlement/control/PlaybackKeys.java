package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.SignedPlayback;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import io.marquee.entitlement.entity.StreamFile;
import io.marquee.platform.control.PublicAddress;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The CloudFront key pair playback is signed with: {@code marquee.playback.private-key} (PKCS#8 PEM,
 * the private key of a public key in the distribution's trusted key group) and
 * {@code marquee.playback.key-pair-id}. Without them (the embedded default) a key pair is made at
 * start and lives as long as the server. Holds the one {@link PlaybackSigner}, so its cache is shared.
 */
@ApplicationScoped
public class PlaybackKeys {

    private static final Logger LOG = Logger.getLogger(PlaybackKeys.class.getName());

    @Inject
    @ConfigProperty(name = "marquee.playback.private-key")
    Optional<String> privateKeyPem;

    @Inject
    @ConfigProperty(name = "marquee.playback.key-pair-id", defaultValue = "LOCAL")
    String keyPairId;

    /** Short, so a leaked URL is soon useless; the player asks again before it ends. */
    @Inject
    @ConfigProperty(name = "marquee.playback.ttl", defaultValue = "PT5M")
    Duration timeToLive;

    @Inject
    StreamPaths paths;

    @Inject
    PublicAddress address;

    /** Read once: the configured base never changes while the server runs. */
    private String playbackBase;

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private PlaybackSigner signer;

    @PostConstruct
    void load() {
        playbackBase = address.playback();
        try {
            if (privateKeyPem.isPresent()) {
                privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pemBody(privateKeyPem.get())));
                RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
                publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(),
                        crt.getPublicExponent()));
            } else {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                var pair = generator.generateKeyPair();
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
                LOG.info("no marquee.playback.private-key configured: playback is signed with a key made at start");
            }
            signer = new PlaybackSigner(privateKey, keyPairId, timeToLive);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("marquee.playback.private-key is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    static byte[] pemBody(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
    }

    /** The grant's stream, signed: for its event's or title's directory only, and never past {@code notAfter}. */
    public SignedPlayback signed(long grantId, Long eventId, Long productId, Instant notAfter, Instant now) {
        StreamFile stream = paths.of(eventId, productId, now);
        return signer.sign(grantId, playbackBase + stream.directory(), stream.file(), now, notAfter);
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyPairId() {
        return keyPairId;
    }
}
