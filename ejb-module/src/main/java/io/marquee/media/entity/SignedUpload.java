package io.marquee.media.entity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A presigned S3 PUT: the uploader sends exactly these headers (they are in the signature)
 * before {@code expiresAt}, or S3 refuses it.
 */
public record SignedUpload(URI url, Map<String, List<String>> headers, Instant expiresAt) {

    public SignedUpload {
        headers = Map.copyOf(headers);
    }
}
