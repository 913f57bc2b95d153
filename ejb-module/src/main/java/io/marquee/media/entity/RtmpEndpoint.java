package io.marquee.media.entity;

/**
 * Where an organiser's broadcasting software pushes: the server URL and the stream key, as
 * the two fields OBS and its kind ask for.
 */
public record RtmpEndpoint(String url, String streamKey) {

    /** Splits the URL MediaLive reports ({@code rtmp://host:1935/app/key}) into server URL and key. */
    public static RtmpEndpoint of(String destinationUrl) {
        int slash = destinationUrl.lastIndexOf('/');
        return new RtmpEndpoint(destinationUrl.substring(0, slash), destinationUrl.substring(slash + 1));
    }
}
