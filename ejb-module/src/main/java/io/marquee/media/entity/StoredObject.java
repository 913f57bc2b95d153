package io.marquee.media.entity;

/** What S3 holds under a key: enough to check that an upload is the file that was announced. */
public record StoredObject(String key, long size, String contentType) {
}
