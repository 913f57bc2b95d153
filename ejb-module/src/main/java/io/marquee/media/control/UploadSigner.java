package io.marquee.media.control;

import io.marquee.media.entity.SignedUpload;
import io.marquee.media.entity.StoredObject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * VOD uploads go straight from the organiser's browser to S3 on a presigned PUT, never through
 * the server. Type and length are in the signature, so the upload that arrives is the one
 * that was announced, and the short expiry limits what a leaked URL is worth.
 */
@Dependent
public class UploadSigner {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final Duration expiry;

    @Inject
    public UploadSigner(S3Client s3, S3Presigner presigner,
                        @ConfigProperty(name = "marquee.media.vod-bucket", defaultValue = "marquee-vod") String bucket,
                        @ConfigProperty(name = "marquee.media.upload-expiry", defaultValue = "PT15M") Duration expiry) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.expiry = expiry;
    }

    public SignedUpload signPut(String key, String contentType, long contentLength) {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(p -> p.signatureDuration(expiry)
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType).contentLength(contentLength)));
        // Host follows from the URL; every other signed header the uploader must send as signed
        Map<String, List<String>> headers = presigned.signedHeaders().entrySet().stream()
                .filter(h -> !h.getKey().equalsIgnoreCase("host"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        try {
            return new SignedUpload(presigned.url().toURI(), headers, presigned.expiration());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned an invalid URL", e);
        }
    }

    /** @return what S3 holds under the key, or empty when nothing was uploaded there */
    public Optional<StoredObject> stored(String key) {
        try {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key));
            return Optional.of(new StoredObject(key, head.contentLength(), head.contentType()));
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
    }
}
