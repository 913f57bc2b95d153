package io.marquee.media.boundary;

import io.marquee.media.control.MediaChannels;
import io.marquee.media.entity.ObservedChannel;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Reconciles a chunk of channels in the chunk's transaction; the run id is the same across restarts. */
@Named
@Dependent
public class ChannelReconcileWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    MediaChannels media;

    @Override
    public void writeItems(List<Object> items) {
        media.reconcile(runId, items.stream().map(ObservedChannel.class::cast).toList());
    }
}
