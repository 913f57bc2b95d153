package io.marquee.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of the fee and payout ledger: a sale books the gross, the platform's fee and the
 * organiser's net; a refund books the reversal with negative amounts. Always {@code gross = fee + net}.
 */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(name = LedgerEntry.OF_ORGANISER, query = "select e from LedgerEntry e where e.organiserId = :organiserId "
        + "order by e.id")
public class LedgerEntry {

    public static final String OF_ORGANISER = "LedgerEntry.ofOrganiser";
    public static final String SALE = "sale";
    public static final String REFUND = "refund";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organiser_id")
    private long organiserId;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "refund_id")
    private Long refundId;

    private String kind;

    private String currency;

    private BigDecimal gross;

    private BigDecimal fee;

    private BigDecimal net;

    @Column(name = "booked_at", insertable = false, updatable = false)
    private Instant bookedAt;

    protected LedgerEntry() {
    }

    private LedgerEntry(CustomerOrder order, Long refundId, String kind, BigDecimal gross, BigDecimal fee) {
        this.organiserId = order.getOrganiserId();
        this.orderId = order.getId();
        this.refundId = refundId;
        this.kind = kind;
        this.currency = order.getCurrency();
        this.gross = gross;
        this.fee = fee;
        this.net = gross.subtract(fee);
    }

    public static LedgerEntry sale(CustomerOrder order) {
        return new LedgerEntry(order, null, SALE, order.getTotal(), order.getPlatformFee());
    }

    /** The reversal of {@code amount} of the order's gross and {@code fee} of its fee (both positive). */
    public static LedgerEntry refund(CustomerOrder order, Refund refund, BigDecimal fee) {
        return new LedgerEntry(order, refund.getId(), REFUND, refund.getAmount().negate(), fee.negate());
    }

    public Long getId() {
        return id;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public long getOrderId() {
        return orderId;
    }

    public Long getRefundId() {
        return refundId;
    }

    public String getKind() {
        return kind;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getGross() {
        return gross;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public BigDecimal getNet() {
        return net;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }
}
