package io.marquee.pricing.boundary;

import io.marquee.pricing.control.TemplatePropagation;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Re-materialises each chunk of products from their template as it is now, inside the chunk's transaction. */
@Named
@Dependent
public class RematerialisationWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String templateId;

    @Inject
    TemplatePropagation propagation;

    @Override
    public void writeItems(List<Object> items) {
        propagation.rematerialise(Long.parseLong(templateId), items.stream().map(Long.class::cast).toList());
    }
}
