package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A {@link ProductTier} as stored on its product: concrete half-open window [start, end) and its
 * terms inline, one row per tier, so bulk expansion writes few rows (V11).
 */
@Entity
@Table(name = "product_tier")
public class MaterialisedTier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String label;

    private String type;

    @Column(name = "start_at")
    private Instant start;

    @Column(name = "end_at")
    private Instant end;

    @Column(name = "created_at")
    private Instant createdAt;

    @Convert(converter = TierTermsColumn.class)
    private TierTerms terms;

    protected MaterialisedTier() {
    }

    MaterialisedTier(Product product, ProductTier tier) {
        this.product = product;
        this.label = tier.label();
        this.type = tier.type().wireName();
        this.start = tier.start();
        this.end = tier.end();
        this.createdAt = tier.createdAt();
        this.terms = tier.terms();
    }

    public ProductTier toProductTier() {
        return new ProductTier(TierType.fromWireName(type).orElseThrow(), label, start, end, terms, createdAt);
    }
}
