package io.marquee.media.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.util.Optional;

/**
 * Recording files in the VOD bucket read and written by the server itself: the local media provider
 * serves them to signed players (where CloudFront would, from the bucket), and the demo puts its
 * recording there. Organisers' uploads never pass through the server ({@link UploadSigner}).
 */
@Dependent
public class RecordingFiles {

    private final S3Client s3;
    private final String bucket;

    @Inject
    public RecordingFiles(S3Client s3, @ConfigProperty(name = "marquee.media.vod-bucket", defaultValue = "marquee-vod") String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * The file under {@code key}, or the byte range asked for ({@code range} as in HTTP, e.g. {@code bytes=0-};
     * null for all of it); empty when there is none. The caller closes the stream.
     */
    public Optional<ResponseInputStream<GetObjectResponse>> open(String key, String range) {
        try {
            return Optional.of(s3.getObject(r -> r.bucket(bucket).key(key).range(range)));
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
    }

    public void put(String key, String contentType, byte[] content) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
    }
}
