package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
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

    public UUID getId() {
        return id;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public BigDecimal getGross() {
        return gross;
    }
}
