package io.marquee.pricing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a template tier's {@link TierTerms}: prices and grants have a table each.
 * Products' materialised tiers carry theirs inline instead ({@link MaterialisedTier}).
 */
@Entity
@Table(name = "priced_tier")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
public abstract class PricedTier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "restriction_type")
    private String restrictionType;

    @Column(name = "is_restricted")
    private boolean restricted;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priced_tier_price", joinColumns = @JoinColumn(name = "priced_tier_id"))
    @MapKeyColumn(name = "currency")
    @Column(name = "amount")
    private Map<String, BigDecimal> prices = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priced_tier_grant", joinColumns = @JoinColumn(name = "priced_tier_id"))
    @OrderColumn(name = "position")
    @Column(name = "grant_ref")
    private List<String> grants = new ArrayList<>();

    protected PricedTier() {
    }

    protected PricedTier(TierTerms terms, Instant createdAt) {
        this.restrictionType = terms.restrictionType().wireName();
        this.restricted = terms.restricted();
        this.createdAt = createdAt;
        terms.prices().forEach((currency, amount) -> prices.put(currency.getCurrencyCode(), amount));
        grants.addAll(terms.grantsReferences());
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public TierTerms terms() {
        Map<Currency, BigDecimal> byCurrency = new LinkedHashMap<>();
        prices.forEach((code, amount) -> byCurrency.put(Currency.getInstance(code), amount));
        return new TierTerms(byCurrency, RestrictionType.fromWireName(restrictionType).orElseThrow(), restricted,
                grants);
    }
}
