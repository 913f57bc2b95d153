package io.marquee.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Tickets of one type in an order, at the gross unit price and the discount the order got on them. */
@Embeddable
public class OrderLine {

    @Column(name = "ticket_type_id")
    private long ticketTypeId;

    private int quantity;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    private BigDecimal discount;

    protected OrderLine() {
    }

    public OrderLine(long ticketTypeId, int quantity, BigDecimal unitPrice, BigDecimal discount) {
        if (quantity < 1) {
            throw new IllegalArgumentException("an order line has at least one ticket");
        }
        this.ticketTypeId = ticketTypeId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discount = discount;
    }

    public long getTicketTypeId() {
        return ticketTypeId;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    /** What the buyer pays for this line. */
    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
    }
}
