package io.marquee.media.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The demo event's channel. Only the record is made here, inside the demo's transaction (the
 * event is not committed yet, so provisioning could not see it); the first reconciliation run,
 * a minute after boot, provisions it from the local provider.
 */
@Stateless
public class MediaDemo {

    @Inject
    MediaChannels media;

    public void load(long eventId) {
        media.prepare(eventId);
    }
}
