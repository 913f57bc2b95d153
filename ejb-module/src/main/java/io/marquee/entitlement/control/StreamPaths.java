package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.EventStream;
import io.marquee.entitlement.entity.StreamFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stream a grant plays, which a signature is limited to: a rented title's directory (made of the
 * product's id), or an event's live stream until the event is over and its recording after that, when one
 * is attached. An event's end, status and recording are kept for {@link #REFRESH} once read, so a join
 * storm does not read them on every request; the end itself is compared with the clock on every request,
 * so viewers switch to the recording the moment the event ends. Whether a grant may play is never cached
 * (a revoked grant stops at once), and a recording plays only within the grant's validity (see
 * {@link Grants}).
 */
@ApplicationScoped
public class StreamPaths {

    /** Bounds memory; past it the cache starts again, which costs one read per event. */
    static final int MAX_EVENTS = 100_000;

    /** An event ended early by its organiser, or a recording attached, is seen within this. */
    static final Duration REFRESH = Duration.ofSeconds(30);

    private final Map<Long, EventStream> events = new ConcurrentHashMap<>();

    @Inject
    EventStreams eventStreams;

    /** The stream of a grant for an event or a rented title: one of the two ids is null. */
    public StreamFile of(Long eventId, Long productId, Instant now) {
        if (eventId == null) {
            return StreamFile.rental(productId);
        }
        EventStream stream = events.get(eventId);
        if (stream == null || !now.isBefore(stream.readAt().plus(REFRESH))) {
            if (events.size() >= MAX_EVENTS) {
                events.clear();
            }
            stream = eventStreams.of(eventId, now);
            events.put(eventId, stream);
        }
        return stream.fileAt(now);
    }
}
