package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tier of a stored offer template; position keeps the template's own order of tiers. */
@Entity
@Table(name = "offer_template_tier")
@DiscriminatorValue("template")
public class TemplateTier extends PricedTier {

    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_template_id")
    private OfferTemplate template;

    private int position;

    private String type;

    @Column(name = "tier_order")
    private Integer order;

    private Integer duration;

    @Column(name = "duration_unit")
    private String durationUnit;

    @Column(name = "absolute_start")
    private Instant absoluteStart;

    @Column(name = "absolute_end")
    private Instant absoluteEnd;

    protected TemplateTier() {
    }

    TemplateTier(OfferTemplate template, int position, OfferTier tier) {
        super(tier.terms(), tier.createdAt());
        this.template = template;
        this.position = position;
        this.type = tier.type().wireName();
        this.order = tier.order();
        this.duration = tier.duration();
        this.durationUnit = tier.durationUnit() == null ? null : tier.durationUnit().wireName();
        this.absoluteStart = tier.absoluteStart();
        this.absoluteEnd = tier.absoluteEnd();
    }

    public int getPosition() {
        return position;
    }

    public OfferTier toOfferTier() {
        return new OfferTier(TierType.fromWireName(type).orElseThrow(), order, duration,
                DurationUnit.fromWireName(durationUnit).orElse(null), absoluteStart, absoluteEnd, terms(), getCreatedAt());
    }

    /** The tier as a client would send it back, so an edit can re-check the whole template. */
    public OfferTierDraft toDraft() {
        TierTerms terms = terms();
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        terms.prices().forEach((currency, amount) -> prices.put(currency.getCurrencyCode(), amount));
        return new OfferTierDraft(type, order, duration, durationUnit, absoluteStart, absoluteEnd, prices,
                terms.restrictionType().wireName(), terms.restricted(), terms.grantsReferences(), getCreatedAt());
    }

    /** One line a person can read in the audit log: "P1 1 month {GBP=1.99} restricted". */
    public String auditState() {
        String placement = order != null ? "P" + order + " " + duration + " " + durationUnit
                : type + " " + absoluteStart + " .. " + absoluteEnd;
        return placement + " " + terms().prices() + " " + terms().restrictionType().wireName()
                + (terms().restricted() ? " restricted" : "");
    }
}
