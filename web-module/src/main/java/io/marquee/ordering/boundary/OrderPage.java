package io.marquee.ordering.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.TicketType;
import io.marquee.ordering.control.Orders;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.Payment;
import io.marquee.ordering.entity.Refund;
import io.marquee.ordering.entity.Ticket;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** One order (tickets or a rental) in the console: its lines, payments, refunds and tickets; a full or partial refund. */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Orders orders;

    @Inject
    transient Events events;

    @Inject
    transient ConsoleAccess access;

    private String reference;
    private CustomerOrder order;
    private LiveEvent event;
    private List<Payment> payments = List.of();
    private List<Refund> refunds = List.of();
    private List<Ticket> tickets = List.of();
    private BigDecimal refundAmount;
    private String refundReason;

    public void load() {
        try {
            show();
        } catch (NotFound missing) {
            ConsoleMessages.error("There is no order " + reference + " that you can see.");
        }
    }

    private void show() {
        order = orders.find(access.organisers(), reference);
        event = order.isRental() ? null : events.find(access.organisers(), order.getEventId());
        payments = orders.payments(access.organisers(), reference);
        refunds = orders.refunds(access.organisers(), reference);
        tickets = orders.tickets(access.organisers(), reference);
    }

    /** No amount refunds all that is left. */
    public void refund() {
        try {
            Refund refund = orders.refund(access.organisers(), reference, refundAmount, refundReason, access.username());
            ConsoleMessages.info("Refunded " + refund.getAmount().toPlainString() + " " + order.getCurrency() + ".");
            refundAmount = null;
            refundReason = null;
            show();
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, ConsoleMessages.inputsOf("refund", Set.of("amount", "reason")));
        } catch (Conflict conflict) {
            ConsoleMessages.error(conflict.getMessage());
        }
    }

    /** A rental's ticket has no type. */
    public String ticketTypeName(Long ticketTypeId) {
        return ticketTypeId == null ? "Rental"
                : event.ticketType(ticketTypeId).map(TicketType::getName).orElse("#" + ticketTypeId);
    }

    /** What was sold: the event, or the rented product. */
    public String getSold() {
        return order.isRental() ? "Rental of product " + order.getProductId() : event.getTitle();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public LiveEvent getEvent() {
        return event;
    }

    public List<Payment> getPayments() {
        return payments;
    }

    public List<Refund> getRefunds() {
        return refunds;
    }

    public List<Ticket> getTickets() {
        return tickets;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }
}
