package io.marquee.pricing.boundary;

import io.marquee.pricing.control.ProductBulkIngest;
import io.marquee.pricing.control.StagedProduct;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.UUID;

/** Hands each chunk of staged lines to the EJB that expands them, inside the chunk's transaction. */
@Named
@Dependent
public class ProductExpansionWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String batchId;

    @Inject
    ProductBulkIngest bulk;

    @Override
    public void writeItems(List<Object> items) {
        bulk.expand(UUID.fromString(batchId), items.stream().map(StagedProduct.class::cast).toList());
    }
}
