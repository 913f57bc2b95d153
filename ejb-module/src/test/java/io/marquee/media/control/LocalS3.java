package io.marquee.media.control;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** s3proxy with a bucket, and the SDK's client and presigner pointed at it. */
final class LocalS3 implements AutoCloseable {

    static final String BUCKET = "marquee-vod";

    private final S3ProxyProcess s3proxy;
    final S3Client s3;
    final S3Presigner presigner;

    private LocalS3(S3ProxyProcess s3proxy) {
        this.s3proxy = s3proxy;
        AwsSettings settings = new AwsSettings(Optional.of(s3proxy.endpoint()), "us-east-1", S3ProxyProcess.IDENTITY,
                S3ProxyProcess.CREDENTIAL, Duration.ofSeconds(30));
        this.s3 = AwsClients.s3(settings);
        this.presigner = AwsClients.s3Presigner(settings);
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    static LocalS3 start(Path directory) throws IOException, InterruptedException {
        return new LocalS3(S3ProxyProcess.start(directory));
    }

    UploadSigner signer(Duration expiry) {
        return new UploadSigner(s3, presigner, BUCKET, expiry);
    }

    @Override
    public void close() throws InterruptedException {
        presigner.close();
        s3.close();
        s3proxy.close();
    }
}
