package io.marquee.ordering.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A buyer's order for tickets of one event, or for the rental of one product (a TVOD title), in one
 * currency. Its amounts are fixed when it is
 * reserved (the quote); the status moves only forward, through the methods here, while the caller
 * holds the order's row lock (see {@code Orders}).
 */
@Entity
@Table(name = "customer_order")
@NamedQuery(name = CustomerOrder.BY_PUBLIC_ID, query = "select o from CustomerOrder o where o.publicId = :publicId")
@NamedQuery(name = CustomerOrder.OF_ORGANISERS, query = "select o from CustomerOrder o where o.organiserId in :ids "
        + "order by o.id desc")
public class CustomerOrder {

    public static final String BY_PUBLIC_ID = "CustomerOrder.byPublicId";
    public static final String OF_ORGANISERS = "CustomerOrder.ofOrganisers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id")
    private String publicId;

    /** Null for a rental. */
    @Column(name = "event_id")
    private Long eventId;

    /** The rented product; null for tickets. */
    @Column(name = "product_id")
    private Long productId;

    /** The id of the price quote a rental was made from: the signed quote itself. */
    @Column(name = "issued_quote_id")
    private String issuedQuoteId;

    /** The rights the rental's quote promised, one per line (grant references hold no line break); null for tickets. */
    @Column(name = "rental_grants")
    private String rentalGrants;

    @Column(name = "organiser_id")
    private long organiserId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "buyer_email")
    private String buyerEmail;

    private String currency;

    @Column(name = "promo_code_id")
    private Long promoCodeId;

    private BigDecimal subtotal;

    private BigDecimal discount;

    private BigDecimal total;

    private BigDecimal tax;

    @Column(name = "platform_fee")
    private BigDecimal platformFee;

    private BigDecimal refunded = BigDecimal.ZERO;

    private OrderStatus status = OrderStatus.RESERVED;

    @Column(name = "hold_expires_at")
    private Instant holdExpiresAt;

    @Column(name = "referrer_host")
    private String referrerHost;

    @Column(name = "utm_source")
    private String utmSource;

    @Column(name = "utm_medium")
    private String utmMedium;

    @Column(name = "utm_campaign")
    private String utmCampaign;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    private List<OrderLine> lines = new ArrayList<>();

    protected CustomerOrder() {
    }

    /** A reservation priced by {@code quote}, holding its capacity until {@code holdExpiresAt}. */
    public CustomerOrder(String publicId, Long eventId, long organiserId, Long partnerId, String buyerEmail,
                         Long promoCodeId, Quote quote, Instant holdExpiresAt, Source source) {
        this.publicId = publicId;
        this.eventId = eventId;
        this.organiserId = organiserId;
        this.partnerId = partnerId;
        this.buyerEmail = buyerEmail;
        this.promoCodeId = promoCodeId;
        this.currency = quote.currency();
        this.subtotal = quote.subtotal();
        this.discount = quote.discount();
        this.total = quote.total();
        this.tax = quote.tax();
        this.platformFee = quote.platformFee();
        this.holdExpiresAt = holdExpiresAt;
        quote.lines().forEach(l -> lines.add(new OrderLine(l.ticketTypeId(), l.quantity(), l.unitPrice(), l.discount())));
        if (source != null) {
            this.referrerHost = source.referrerHost();
            this.utmSource = source.utmSource();
            this.utmMedium = source.utmMedium();
            this.utmCampaign = source.utmCampaign();
        }
    }

    /**
     * A rental of {@code productId} at the quoted price ({@code quote} has no lines), awaiting payment
     * until {@code holdExpiresAt}.
     */
    public static CustomerOrder rental(String publicId, long productId, String issuedQuoteId, List<String> grants,
                                       long organiserId,
                                       Long partnerId, String buyerEmail, Quote quote, Instant holdExpiresAt) {
        if (!quote.lines().isEmpty()) {
            throw new IllegalArgumentException("a rental has no ticket lines");
        }
        CustomerOrder order = new CustomerOrder(publicId, null, organiserId, partnerId, buyerEmail, null, quote,
                holdExpiresAt, null);
        order.productId = productId;
        order.issuedQuoteId = issuedQuoteId;
        order.rentalGrants = String.join("\n", grants);
        return order;
    }

    /** Where a buyer came from, for the live sales view; every part may be null. */
    public record Source(String referrerHost, String utmSource, String utmMedium, String utmCampaign) {
    }

    public boolean holdExpiredAt(Instant now) {
        return !now.isBefore(holdExpiresAt);
    }

    public void confirm(Instant now) {
        requireStatus(OrderStatus.RESERVED, "confirmed");
        status = OrderStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** Ends a reservation (cancelled by the buyer or expired by the timer). */
    public void close(OrderStatus outcome, Instant now) {
        if (outcome != OrderStatus.CANCELLED && outcome != OrderStatus.EXPIRED) {
            throw new IllegalArgumentException("a reservation closes as cancelled or expired, not " + outcome.wireName());
        }
        requireStatus(OrderStatus.RESERVED, outcome.wireName());
        status = outcome;
        closedAt = now;
    }

    /** What may still be refunded. */
    public BigDecimal refundable() {
        return status == OrderStatus.CONFIRMED ? total.subtract(refunded) : BigDecimal.ZERO;
    }

    /** Books a refund of {@code amount}; the order becomes refunded when nothing is left. */
    public void refund(BigDecimal amount, Instant now) {
        requireStatus(OrderStatus.CONFIRMED, "refunded");
        if (amount.signum() <= 0 || amount.compareTo(refundable()) > 0) {
            throw new IllegalArgumentException("a refund is above zero and at most " + refundable().toPlainString());
        }
        refunded = refunded.add(amount);
        if (refunded.compareTo(total) == 0) {
            status = OrderStatus.REFUNDED;
            closedAt = now;
        }
    }

    private void requireStatus(OrderStatus expected, String next) {
        if (status != expected) {
            throw new IllegalStateException("a " + status.wireName() + " order cannot become " + next);
        }
    }

    public int ticketCount() {
        return lines.stream().mapToInt(OrderLine::getQuantity).sum();
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    /** Null for a rental. */
    public Long getEventId() {
        return eventId;
    }

    /** Null unless it is a rental. */
    public Long getProductId() {
        return productId;
    }

    public String getIssuedQuoteId() {
        return issuedQuoteId;
    }

    /** The rights a rental gives, in its quote's order; empty for tickets. */
    public List<String> getRentalGrants() {
        return rentalGrants == null || rentalGrants.isEmpty() ? List.of() : List.of(rentalGrants.split("\n"));
    }

    public boolean isRental() {
        return productId != null;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getBuyerEmail() {
        return buyerEmail;
    }

    public String getCurrency() {
        return currency;
    }

    public Long getPromoCodeId() {
        return promoCodeId;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getPlatformFee() {
        return platformFee;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }
}
