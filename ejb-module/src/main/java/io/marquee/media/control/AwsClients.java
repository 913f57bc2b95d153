package io.marquee.media.control;

import io.marquee.media.wire.MediaWireServer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.medialive.MediaLiveClient;
import software.amazon.awssdk.services.mediapackage.MediaPackageClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Builds the AWS clients. The static methods are the whole recipe, so tests call them with a
 * local endpoint; the producers feed them from MicroProfile Config in the server.
 */
@ApplicationScoped
public class AwsClients {

    /** Retries of 429 and 5xx, with jittered backoff and a retry quota, belong to the SDK alone. */
    private static final int MAX_ATTEMPTS = 3;
    private static final String LOCAL_REGION = "eu-west-1";
    private static final Logger LOG = Logger.getLogger(AwsClients.class.getName());

    // Optional, so a server without AWS settings still deploys; the first AWS call then says what is missing.
    @Inject
    @ConfigProperty(name = "marquee.aws.endpoint")
    Optional<URI> endpoint;

    @Inject
    @ConfigProperty(name = "marquee.aws.region")
    Optional<String> region;

    @Inject
    @ConfigProperty(name = "marquee.aws.access-key")
    Optional<String> accessKey;

    @Inject
    @ConfigProperty(name = "marquee.aws.secret-key")
    Optional<String> secretKey;

    /**
     * S3 elsewhere than the AWS account's (an S3-compatible store such as the run command's s3proxy),
     * with its own credentials; also the one S3 when MediaLive is the local provider.
     */
    @Inject
    @ConfigProperty(name = "marquee.s3.endpoint")
    Optional<URI> s3Endpoint;

    @Inject
    @ConfigProperty(name = "marquee.s3.region", defaultValue = "us-east-1")
    String s3Region;

    @Inject
    @ConfigProperty(name = "marquee.s3.access-key")
    Optional<String> s3AccessKey;

    @Inject
    @ConfigProperty(name = "marquee.s3.secret-key")
    Optional<String> s3SecretKey;

    @Inject
    @ConfigProperty(name = "marquee.aws.attempt-timeout", defaultValue = "PT10S")
    Duration attemptTimeout;

    @Inject
    @ConfigProperty(name = "marquee.aws.requests-per-second", defaultValue = "50")
    double requestsPerSecond;

    public static MediaLiveClient mediaLive(AwsSettings settings) {
        return configure(MediaLiveClient.builder(), settings).build();
    }

    public static MediaPackageClient mediaPackage(AwsSettings settings) {
        return configure(MediaPackageClient.builder(), settings).build();
    }

    /** Path-style, so a bucket name never has to resolve as a host name (local S3 servers, dotted names). */
    public static S3Client s3(AwsSettings settings) {
        return configure(S3Client.builder(), settings).forcePathStyle(true).build();
    }

    /** Presigning is offline: no HTTP client, only the same region, credentials and addressing as {@link #s3}. */
    public static S3Presigner s3Presigner(AwsSettings settings) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder,
                                                                                                AwsSettings settings) {
        builder.region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.attemptTimeout())
                        .socketTimeout(settings.attemptTimeout()))
                .overrideConfiguration(c -> c
                        .addExecutionInterceptor(new RequestRate(settings.requestsPerSecond()))
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS).build())
                        .apiCallAttemptTimeout(settings.attemptTimeout())
                        .apiCallTimeout(settings.attemptTimeout().multipliedBy(MAX_ATTEMPTS + 1L)));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    private static StaticCredentialsProvider credentials(AwsSettings settings) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }

    @Inject
    @ConfigProperty(name = "marquee.media.provider", defaultValue = "auto")
    String provider;

    private MediaWireServer localProvider;

    /**
     * True when MediaLive and MediaPackage are the local provider: asked for ({@code local}), or
     * no AWS account is configured ({@code auto}, the default), as in the embedded default.
     */
    public boolean local() {
        return "local".equals(provider) || ("auto".equals(provider) && accessKey.isEmpty());
    }

    AwsSettings settings() {
        if (local()) {
            return new AwsSettings(Optional.of(localProvider().endpoint()), LOCAL_REGION, "local", "local",
                    attemptTimeout, requestsPerSecond);
        }
        return new AwsSettings(endpoint, required(region, "marquee.aws.region"),
                required(accessKey, "marquee.aws.access-key"), required(secretKey, "marquee.aws.secret-key"),
                attemptTimeout, requestsPerSecond);
    }

    /** True when VOD files have somewhere to go: an S3-compatible endpoint, or the AWS account's S3. */
    public boolean s3Configured() {
        return s3Endpoint.isPresent() || !local();
    }

    AwsSettings s3Settings() {
        if (s3Endpoint.isPresent()) {
            return new AwsSettings(s3Endpoint, s3Region, required(s3AccessKey, "marquee.s3.access-key"),
                    required(s3SecretKey, "marquee.s3.secret-key"), attemptTimeout, requestsPerSecond);
        }
        if (local()) {
            throw new NoSuchElementException("no S3 is configured for VOD files: set marquee.s3.endpoint "
                    + "(an S3-compatible store) or an AWS account (marquee.aws.*)");
        }
        return settings();
    }

    /** The local provider: the MediaLive and MediaPackage wire format and state machine, on loopback. */
    private synchronized MediaWireServer localProvider() {
        if (localProvider == null) {
            try {
                localProvider = MediaWireServer.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the local media provider", e);
            }
            LOG.info(() -> "no AWS account configured: MediaLive and MediaPackage are the local provider at "
                    + localProvider.endpoint());
        }
        return localProvider;
    }

    @PreDestroy
    synchronized void stopLocalProvider() {
        if (localProvider != null) {
            localProvider.close();
        }
    }

    private static String required(Optional<String> value, String property) {
        return value.orElseThrow(() -> new NoSuchElementException(property + " is not configured"));
    }

    @Produces
    @ApplicationScoped
    MediaLiveClient mediaLive() {
        return mediaLive(settings());
    }

    @Produces
    @ApplicationScoped
    MediaPackageClient mediaPackage() {
        return mediaPackage(settings());
    }

    @Produces
    @ApplicationScoped
    S3Client s3() {
        return s3(s3Settings());
    }

    @Produces
    @ApplicationScoped
    S3Presigner s3Presigner() {
        return s3Presigner(s3Settings());
    }

    void close(@Disposes MediaLiveClient client) {
        client.close();
    }

    void close(@Disposes MediaPackageClient client) {
        client.close();
    }

    void close(@Disposes S3Client client) {
        client.close();
    }

    void close(@Disposes S3Presigner presigner) {
        presigner.close();
    }
}
