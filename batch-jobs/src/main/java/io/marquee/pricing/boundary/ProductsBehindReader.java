package io.marquee.pricing.boundary;

import io.marquee.pricing.control.TemplatePropagation;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the ids of a template's products that are behind it, by id; the checkpoint is the last id handed out. */
@Named
@Dependent
public class ProductsBehindReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String templateId;

    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    TemplatePropagation propagation;

    private final Deque<Long> ahead = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (ahead.isEmpty()) {
            ahead.addAll(propagation.behind(Long.parseLong(templateId), lastId, Integer.parseInt(pageSize)));
        }
        Long id = ahead.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
