package io.marquee.pricing.boundary;

import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.NotFound;
import io.marquee.pricing.control.Products;
import io.marquee.pricing.control.Quotes;
import io.marquee.pricing.entity.PriceAnswer;
import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.Product;
import io.marquee.pricing.entity.ProductTier;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;

/**
 * A product with its materialised tiers drawn on a timeline, and a tester that prices it at any
 * moment (a preview: no quote is issued).
 */
@Named
@ViewScoped
public class ProductPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Products products;

    @Inject
    transient Quotes quotes;

    @Inject
    transient ConsoleAccess access;

    private Long id;
    private Product product;
    private PricingPlan plan;
    private String chartJson;

    private LocalDateTime at;
    private String currency;
    private PriceAnswer answer;

    public void load() {
        try {
            product = products.find(access.organisers(), id);
        } catch (NotFound missing) {
            ConsoleMessages.error("There is no product " + id + " that you can see.");
            return;
        }
        plan = product.plan();
        chartJson = TierTimeline.chartJson(plan);
        at = UtcTime.local(Instant.now().truncatedTo(ChronoUnit.MINUTES));
        currency = getCurrencies().stream().findFirst().orElse(null);
    }

    public void price() {
        answer = quotes.priceAt(access.organisers(), product.getId(), UtcTime.instant(at), Currency.getInstance(currency));
    }

    /** Every currency some tier has a price in, by code: the tester offers these. */
    public List<String> getCurrencies() {
        return plan.tiers().stream().flatMap(tier -> tier.terms().currencies().stream())
                .map(Currency::getCurrencyCode).distinct().sorted().toList();
    }

    /** Why the answer is not a sale, in words; from/until and the currencies offered are shown beside it. */
    public String getWhyNot() {
        return switch (answer.availability()) {
            case PURCHASABLE -> "";
            case NOT_STARTED -> "the offer (or the licence) has not started";
            case NOT_OFFERED -> "no tier covers this moment";
            case BLACKOUT -> "a blackout tier";
            case COMING_SOON -> "coming soon: shown in the catalog, not sold yet";
            case AFTER_CUTOFF -> "after the purchase cutoff: a full rental would outlive the licence";
            case NO_PRICE_IN_CURRENCY -> "the tier has no price in " + currency;
            case ENDED -> "the offer (or the licence) has ended";
        };
    }

    public String tierLabel(ProductTier tier) {
        return TierTimeline.label(tier);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Product getProduct() {
        return product;
    }

    public PricingPlan getPlan() {
        return plan;
    }

    public String getChartJson() {
        return chartJson;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public PriceAnswer getAnswer() {
        return answer;
    }
}
