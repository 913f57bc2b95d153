package io.marquee.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where viewers reach this installation ({@code marquee.public-url}): links in emails and the address a
 * TV shows are made here, outside any request that could tell.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    /**
     * Where players fetch streams ({@code marquee.playback.base-url}: a CloudFront distribution); without
     * one, the local media provider under this installation's own {@code /media}.
     */
    @Inject
    @ConfigProperty(name = "marquee.playback.base-url")
    Optional<String> playbackBase;

    public String playback() {
        return playbackBase.map(base -> base.replaceAll("/+$", "")).orElseGet(() -> of("/media"));
    }

    /** @param path starting with '/', e.g. {@code /tickets/abc} */
    public String of(String path) {
        return publicUrl.replaceAll("/+$", "") + path;
    }
}
