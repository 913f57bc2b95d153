package io.marquee.entitlement.control;

import io.marquee.platform.control.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The address of the stream directory each event and title plays from, kept once read: it is made of the
 * playback base and the event's public id or the product's id, which never change, so a join storm does
 * not read it on every request. Whether a grant may play is never cached (a revoked grant stops at once).
 */
@ApplicationScoped
public class StreamPaths {

    /** Bounds memory; past it the cache starts again, which costs one read per event or title. */
    static final int MAX_PATHS = 100_000;

    private final Map<String, String> paths = new ConcurrentHashMap<>();

    @Inject
    Grants grants;

    @Inject
    PublicAddress address;

    /** {@code <playback base>/live/<event>/} or {@code <playback base>/vod/<product>/}: one of the two ids is null. */
    public String of(Long eventId, Long productId) {
        String key = eventId != null ? "e" + eventId : "p" + productId;
        String path = paths.get(key);
        if (path == null) {
            if (paths.size() >= MAX_PATHS) {
                paths.clear();
            }
            path = address.playback() + grants.watched(eventId, productId).streamPath();
            paths.put(key, path);
        }
        return path;
    }
}
