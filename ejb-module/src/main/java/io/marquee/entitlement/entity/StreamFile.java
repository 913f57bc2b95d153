package io.marquee.entitlement.entity;

/**
 * What one playback signature covers: a directory under the playback base, and the file in it a player
 * opens. A live event plays its HLS manifest under {@code /live/<event>/}, a rented title under
 * {@code /vod/<product>/}, an event's recording is its file in the VOD bucket, under the same key
 * ({@code /events/<event id>/<file>.mp4}).
 */
public record StreamFile(String directory, String file) {

    static final String MANIFEST = "index.m3u8";

    public static StreamFile live(String eventPublicId) {
        return new StreamFile("/live/" + eventPublicId + "/", MANIFEST);
    }

    public static StreamFile rental(long productId) {
        return new StreamFile("/vod/" + productId + "/", MANIFEST);
    }

    /** A recording by its object key in the VOD bucket, e.g. {@code events/42/abc.mp4}. */
    public static StreamFile recording(String objectKey) {
        int slash = objectKey.lastIndexOf('/');
        return new StreamFile("/" + objectKey.substring(0, slash + 1), objectKey.substring(slash + 1));
    }
}
