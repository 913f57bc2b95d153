package io.marquee.pricing.boundary;

import io.marquee.pricing.control.ProductBulkIngest;
import io.marquee.pricing.control.StagedProduct;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Reads a staged bulk file in line order, a chunk's worth at a time, one chunk ahead: the next
 * page is read, parsed and expanded while the writer writes the current one. It starts after the last line
 * the file's batch records as expanded (committed with each chunk), so a restarted run and a
 * fresh run that takes over from a dead server both resume exactly there.
 */
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

    private final Deque<StagedProduct> page = new ArrayDeque<>();
    private UUID batch;
    private int size;
    private Future<List<StagedProduct>> next;

    @Override
    public void open(Serializable checkpoint) {
        batch = UUID.fromString(batchId);
        size = Integer.parseInt(pageSize);
        next = bulk.readAhead(batch, bulk.expandedThrough(batch), size);
    }

    @Override
    public Object readItem() throws Exception {
        if (page.isEmpty() && next != null) {
            List<StagedProduct> read = awaited(next);
            page.addAll(read);
            next = read.size() < size ? null : bulk.readAhead(batch, read.get(read.size() - 1).lineNo(), size);
        }
        return page.poll();
    }

    @Override
    public void close() {
        if (next != null) {
            next.cancel(false);
        }
    }

    private static List<StagedProduct> awaited(Future<List<StagedProduct>> lines) throws Exception {
        try {
            return lines.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
