package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A price as it was quoted to a buyer. A purchase in flight pays this until it expires, even if the
 * template changes meanwhile; the grants are kept as the buyer was told them.
 */
@Entity
@Table(name = "issued_quote")
public class IssuedQuote {

    @Id
    private UUID id;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "tier_label")
    private String tierLabel;

    private String currency;

    private BigDecimal gross;

    private BigDecimal net;

    private BigDecimal tax;

    /** One per line: grant references are ids, they hold no line breaks. */
    private String grants;

    @Column(name = "rental_end")
    private Instant rentalEnd;

    @Column(name = "priced_at")
    private Instant pricedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected IssuedQuote() {
    }

    public IssuedQuote(long productId, PriceAnswer answer, Instant expiresAt) {
        Purchase purchase = answer.purchase();
        this.id = UUID.randomUUID();
        this.productId = productId;
        this.tierLabel = answer.tierLabel();
        this.currency = purchase.price().currency().getCurrencyCode();
        this.gross = purchase.price().gross();
        this.net = purchase.price().net();
        this.tax = purchase.price().tax();
        this.grants = String.join("\n", purchase.grantsReferences());
        this.rentalEnd = purchase.rentalEnd();
        this.pricedAt = answer.at();
        this.expiresAt = expiresAt;
    }

    public boolean expiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }

    /**
     * How the price {@code now} differs from this quote's terms (the price, the tier, the rights), or
     * empty while they hold: a purchase must not pay a price that a template change (a new Absolute
     * tier, a changed price) has replaced since.
     */
    public Optional<String> changedBy(PriceAnswer now) {
        if (!now.purchasable()) {
            return Optional.of("the title is not for sale any more (" + now.availability().name() + ")");
        }
        Purchase purchase = now.purchase();
        if (purchase.price().gross().compareTo(gross) != 0) {
            return Optional.of("the price changed from " + gross.stripTrailingZeros().toPlainString() + " to "
                    + purchase.price().gross().stripTrailingZeros().toPlainString() + " " + currency.strip());
        }
        if (!now.tierLabel().equals(tierLabel)) {
            return Optional.of("the price tier changed from " + tierLabel + " to " + now.tierLabel());
        }
        if (!purchase.grantsReferences().equals(grants())) {
            return Optional.of("the rights a rental gives changed from " + grants() + " to " + purchase.grantsReferences());
        }
        return Optional.empty();
    }

    public UUID getId() {
        return id;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public long getProductId() {
        return productId;
    }

    public String getTierLabel() {
        return tierLabel;
    }

    public String getCurrency() {
        return currency.strip();
    }

    public BigDecimal getGross() {
        return gross;
    }

    public BigDecimal getTax() {
        return tax;
    }

    /** The rights a purchase at this quote gives, in the tier's order. */
    public List<String> grants() {
        return grants.isEmpty() ? List.of() : List.of(grants.split("\n"));
    }

    public Instant getRentalEnd() {
        return rentalEnd;
    }

    public Instant getPricedAt() {
        return pricedAt;
    }
}
