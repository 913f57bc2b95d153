package io.marquee.media.boundary;

import io.marquee.media.control.MediaChannels;
import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.entity.ObservedChannel;
import io.marquee.media.entity.ScheduledChannel;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Lists what MediaLive shows once (paginated) when the step opens, then hands out channel
 * records in id order with what was seen of each. The checkpoint is the last record handed
 * out; a restarted run lists afresh and carries on after it.
 */
@Named
@Dependent
public class ObservedChannelReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    MediaChannels media;

    private final Deque<ScheduledChannel> page = new ArrayDeque<>();
    private Map<String, ChannelSnapshot> seen;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
        seen = media.observeAll();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(media.page(lastId, PAGE));
        }
        ScheduledChannel next = page.poll();
        if (next == null) {
            return null;
        }
        lastId = next.channel().id();
        return ObservedChannel.of(next, seen);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
