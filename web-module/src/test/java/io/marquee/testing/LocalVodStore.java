package io.marquee.testing;

import io.marquee.media.control.S3ProxyProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    @Override
    public void close() {
        s3proxy.close();
    }
}
