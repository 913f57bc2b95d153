package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A {@link ProductTier} as stored on its product: concrete half-open window [start, end). */
@Entity
@Table(name = "product_tier")
@DiscriminatorValue("product")
public class MaterialisedTier extends PricedTier {

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String label;

    private String type;

    @Column(name = "start_at")
    private Instant start;

    @Column(name = "end_at")
    private Instant end;

    protected MaterialisedTier() {
    }

    MaterialisedTier(Product product, ProductTier tier) {
        super(tier.terms(), tier.createdAt());
        this.product = product;
        this.label = tier.label();
        this.type = tier.type().wireName();
        this.start = tier.start();
        this.end = tier.end();
    }

    public ProductTier toProductTier() {
        return new ProductTier(TierType.fromWireName(type).orElseThrow(), label, start, end, terms(), getCreatedAt());
    }
}
