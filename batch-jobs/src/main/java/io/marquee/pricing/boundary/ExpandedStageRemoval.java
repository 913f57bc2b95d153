package io.marquee.pricing.boundary;

import io.marquee.pricing.control.ProductBulkIngest;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.UUID;

/** The expand-products job's last step: the file is expanded, so its staged lines go, in one statement. */
@Named
@Dependent
public class ExpandedStageRemoval extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String batchId;

    @Inject
    ProductBulkIngest bulk;

    @Override
    public String process() {
        bulk.unstage(UUID.fromString(batchId));
        return "COMPLETED";
    }
}
