package io.marquee.pricing.boundary;

import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.pricing.control.OfferTemplates;
import io.marquee.pricing.entity.OfferTemplate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The offer templates the console user may see, with how many products each prices. */
@Named
@RequestScoped
public class TemplatesPage {

    @Inject
    OfferTemplates templates;

    @Inject
    ConsoleAccess access;

    private List<OfferTemplate> visible;
    private Map<Long, Long> productCounts;

    @PostConstruct
    void load() {
        visible = templates.visible(access.organisers());
        productCounts = templates.productCounts(access.organisers());
    }

    public List<OfferTemplate> getTemplates() {
        return visible;
    }

    public long productsUsing(OfferTemplate template) {
        return productCounts.getOrDefault(template.getId(), 0L);
    }
}
