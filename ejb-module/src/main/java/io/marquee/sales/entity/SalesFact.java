package io.marquee.sales.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A reservation, sale or refund as live sales sees it. Written once by {@code SalesFacts} in the
 * order's transaction and never changed but for its {@code seq}, which the publisher assigns.
 */
@Entity
@Table(name = "sales_fact")
@NamedQuery(name = SalesFact.PUBLISHED_AFTER, query = "select f from SalesFact f where f.seq > :after "
        + "and f.seq <= :upTo order by f.seq")
public class SalesFact {

    public static final String PUBLISHED_AFTER = "SalesFact.publishedAfter";

    @Id
    private Long id;

    private Long seq;

    private SalesFactKind kind;

    @Column(name = "organiser_id")
    private long organiserId;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "order_public_id")
    private String orderPublicId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private int tickets;

    private BigDecimal gross;

    private String currency;

    private String source;

    @Column(name = "utm_medium")
    private String utmMedium;

    @Column(name = "utm_campaign")
    private String utmCampaign;

    @Column(name = "promo_code")
    private String promoCode;

    @Column(name = "lines")
    private String lines;

    protected SalesFact() {
    }

    /** The ticket types' shares, read from the row's JSON. */
    public List<FactLine> lineItems() {
        try (JsonReader reader = Json.createReader(new StringReader(lines))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(l -> new FactLine(l.getJsonNumber("ticketTypeId").longValue(), l.getString("ticketType"),
                            l.getInt("quantity"), new BigDecimal(l.getString("amount"))))
                    .toList();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getSeq() {
        return seq;
    }

    public SalesFactKind getKind() {
        return kind;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public Long getEventId() {
        return eventId;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOrderPublicId() {
        return orderPublicId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public int getTickets() {
        return tickets;
    }

    public BigDecimal getGross() {
        return gross;
    }

    public String getCurrency() {
        return currency;
    }

    public String getSource() {
        return source;
    }

    public String getUtmMedium() {
        return utmMedium;
    }

    public String getUtmCampaign() {
        return utmCampaign;
    }

    public String getPromoCode() {
        return promoCode;
    }

    public String getLines() {
        return lines;
    }
}
