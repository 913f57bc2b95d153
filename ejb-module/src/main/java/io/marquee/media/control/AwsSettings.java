package io.marquee.media.control;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom the AWS clients call. Region and credentials are always explicit: left to
 * the SDK's default chains it would read the environment and probe the EC2 metadata address.
 *
 * @param endpoint       overrides the AWS endpoint, e.g. a local server speaking the same wire format
 * @param attemptTimeout one HTTP attempt; a whole call, with the SDK's retries, may take four
 * @param requestsPerSecond the most HTTP requests per second each client sends (see {@link RequestRate})
 */
public record AwsSettings(Optional<URI> endpoint, String region, String accessKey, String secretKey,
                          Duration attemptTimeout, double requestsPerSecond) {

    /** Enough for a 1,000-channel reconciliation in about 20 s; set the account's quota in configuration. */
    public static final double DEFAULT_REQUESTS_PER_SECOND = 50;

    public AwsSettings(Optional<URI> endpoint, String region, String accessKey, String secretKey, Duration attemptTimeout) {
        this(endpoint, region, accessKey, secretKey, attemptTimeout, DEFAULT_REQUESTS_PER_SECOND);
    }

    public AwsSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
    }

    /** Keeps the secret key out of logs. */
    @Override
    public String toString() {
        return "AwsSettings[endpoint=" + endpoint + ", region=" + region + ", accessKey=" + accessKey
                + ", attemptTimeout=" + attemptTimeout + ", requestsPerSecond=" + requestsPerSecond + "]";
    }
}
