package io.marquee.media.entity;

import java.util.List;

/** A MediaPackage channel: its id is what a MediaLive destination names. */
public record PackagingChannel(String id, String arn, List<IngestEndpoint> ingestEndpoints) {

    public PackagingChannel {
        ingestEndpoints = List.copyOf(ingestEndpoints);
    }
}
