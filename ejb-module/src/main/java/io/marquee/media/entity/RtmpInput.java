package io.marquee.media.entity;

import java.util.List;

/** A MediaLive RTMP push input: one endpoint per pipeline, the organiser may push to both. */
public record RtmpInput(String id, List<RtmpEndpoint> endpoints) {

    public RtmpInput {
        endpoints = List.copyOf(endpoints);
    }
}
