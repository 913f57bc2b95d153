package io.marquee.media.entity;

import java.net.URI;

/** A MediaPackage HLS origin endpoint: the URL CloudFront fronts for viewers. */
public record PlaybackOrigin(String id, String channelId, URI url) {
}
