package io.marquee.testing;

import io.marquee.media.control.AwsClients;
import io.marquee.media.control.AwsSettings;
import io.marquee.media.control.S3ProxyProcess;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * S3 for VOD uploads where there is no AWS account: s3proxy on loopback over a directory, with
 * the bucket the server uploads to, answering CORS for the console's origins (the organiser's
 * browser PUTs presigned uploads to it straight from the console page).
 */
public final class LocalVodStore implements AutoCloseable {

    public static final String BUCKET = "marquee-vod";

    private final S3ProxyProcess s3proxy;

    private LocalVodStore(S3ProxyProcess s3proxy) {
        this.s3proxy = s3proxy;
    }

    public static LocalVodStore start(Path directory, List<String> consoleOrigins) {
        try {
            return new LocalVodStore(S3ProxyProcess.start(directory, List.of(BUCKET), consoleOrigins));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What tells the server to keep VOD files here. */
    public Map<String, String> serverEnvironment() {
        return Map.of("MARQUEE_S3_ENDPOINT", s3proxy.endpoint().toString(),
                "MARQUEE_S3_ACCESS_KEY", S3ProxyProcess.IDENTITY,
                "MARQUEE_S3_SECRET_KEY", S3ProxyProcess.CREDENTIAL,
                "MARQUEE_MEDIA_VOD_BUCKET", BUCKET);
    }

    public URI endpoint() {
        return s3proxy.endpoint();
    }

    /** Puts a file into the bucket, as an organiser's browser does with a presigned PUT. */
    public void put(String key, String contentType, byte[] content) {
        try (S3Client s3 = AwsClients.s3(new AwsSettings(Optional.of(endpoint()), "us-east-1", S3ProxyProcess.IDENTITY,
                S3ProxyProcess.CREDENTIAL, Duration.ofSeconds(30), AwsSettings.DEFAULT_REQUESTS_PER_SECOND))) {
            s3.putObject(r -> r.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(content));
        }
    }

    @Override
    public void close() {
        s3proxy.close();
    }
}
