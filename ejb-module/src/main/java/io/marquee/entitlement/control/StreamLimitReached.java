package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.StreamDevice;
import io.marquee.platform.control.Conflict;

import java.util.List;
import java.util.stream.Collectors;

/** A device asked to play while the grant's stream limit is used up by others (409). */
public class StreamLimitReached extends Conflict {

    private final transient List<StreamDevice> active;

    public StreamLimitReached(int limit, List<StreamDevice> active) {
        super("stream-limit", "this ticket plays on at most " + limit + " devices at once; playing now: "
                + active.stream().map(StreamDevice::label).collect(Collectors.joining(", "))
                + ". Stop one of them, or wait a minute after it closed.");
        this.active = List.copyOf(active);
    }

    public List<StreamDevice> active() {
        return active;
    }
}
