package io.marquee.media.control;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Settings that point the SDK at a server on this machine, with made-up credentials. */
final class LocalAws {

    static final String REGION = "eu-west-1";
    /** Short, so a slow-answer fault times an attempt out quickly. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1500);

    private LocalAws() {
    }

    static AwsSettings at(URI endpoint) {
        return new AwsSettings(Optional.of(endpoint), REGION, "AKIDLOCALTEST", "local-secret", ATTEMPT_TIMEOUT);
    }
}
