package io.marquee.pricing.boundary;

import io.marquee.pricing.control.ProductBulkIngest;
import io.marquee.pricing.entity.StagedLine;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/** Reads a staged bulk file in line order, a chunk's worth at a time; the checkpoint is the last line handed out. */
@Named
@Dependent
public class StagedProductReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String batchId;

    /** Lines read per query: the chunk size, so a chunk costs one read. */
    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    ProductBulkIngest bulk;

    private final Deque<StagedLine> page = new ArrayDeque<>();
    private int lastLine;

    @Override
    public void open(Serializable checkpoint) {
        lastLine = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(bulk.lines(UUID.fromString(batchId), lastLine, Integer.parseInt(pageSize)));
        }
        StagedLine line = page.poll();
        if (line != null) {
            lastLine = line.lineNo();
        }
        return line;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }
}
