package io.marquee.ordering.boundary;

import io.marquee.event.boundary.EventTime;
import io.marquee.event.boundary.EventViewerPage;
import io.marquee.event.entity.TicketType;
import io.marquee.ordering.control.OrderQuotes;
import io.marquee.ordering.control.Orders;
import io.marquee.ordering.control.PaymentOutcome;
import io.marquee.ordering.entity.CustomerOrder;
import io.marquee.ordering.entity.OrderRequest;
import io.marquee.ordering.entity.OrderStatus;
import io.marquee.ordering.entity.PaymentStatus;
import io.marquee.ordering.entity.Quote;
import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.InvalidInput;
import io.marquee.sales.boundary.Arrival;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buying on the event page: how many of each ticket, the price with a promo code, then a
 * reservation that holds the tickets while the buyer pays with a (sandbox) card. A second click
 * neither reserves twice nor pays twice: the reservation is kept in the view, and a payment for an
 * order that is confirmed already leads to its confirmation.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)].*");

    @Inject
    transient OrderQuotes quotes;

    @Inject
    transient Orders orders;

    @Inject
    EventViewerPage page;

    @Inject
    transient EventTime time;

    private final Map<Long, Integer> quantities = new HashMap<>();
    private String email;
    private String cardNumber;
    private Quote quote;
    private CustomerOrder order;
    private String waitingPayment;
    private List<Long> requested = List.of();
    private CustomerOrder.Source source;

    /** Where the buyer came from (the referring site, the campaign's utm_ parameters), as the page was first opened. */
    @PostConstruct
    void arrived() {
        source = Arrival.of(FacesContext.getCurrentInstance().getExternalContext());
    }

    /** Prices the chosen tickets with the promo code; without tickets chosen, says what the code takes off. */
    public void price() {
        if (chosen().isEmpty()) {
            page.checkPromoCode();
            quote = null;
            return;
        }
        try {
            quote = quotes.quoteForViewer(page.getPublicId(), request(null));
        } catch (InvalidInput invalid) {
            quote = null;
            show(invalid);
        } catch (Conflict conflict) {
            quote = null;
            ConsoleMessages.error(conflict.getMessage());
        }
    }

    public void reserve() {
        if (order != null) {
            return;
        }
        try {
            order = orders.reserveForViewer(page.getPublicId(), request(email));
            quote = null;
        } catch (InvalidInput invalid) {
            show(invalid);
        } catch (Conflict conflict) {
            ConsoleMessages.error("Sorry: " + conflict.getMessage() + ".");
        }
    }

    /** A declined card keeps the reservation: the buyer may try another card until the hold expires. */
    public void pay() throws IOException {
        try {
            PaymentOutcome outcome = orders.pay(Orders.forBuyer(), order.getPublicId(), cardNumber);
            order = outcome.order();
            if (order.getStatus() == OrderStatus.CONFIRMED) {
                toConfirmation();
                return;
            }
            if (outcome.payment().getStatus() == PaymentStatus.AUTHORISED) {
                waitingPayment = outcome.payment().getProviderRef();
                ConsoleMessages.info("Confirm the payment with your bank, then press Continue. Your tickets stay held until "
                        + heldUntil() + ".");
                return;
            }
            ConsoleMessages.error("The payment did not go through: " + outcome.payment().getFailure()
                    + ". Your tickets stay held until " + heldUntil() + ": try another card.");
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, ConsoleMessages.inputsOf("pay", Set.of("cardNumber")));
        } catch (Conflict conflict) {
            order = orders.find(Orders.forBuyer(), order.getPublicId());
            if (order.getStatus() == OrderStatus.CONFIRMED) {
                toConfirmation();
            } else {
                order = null;
                ConsoleMessages.error("Your reservation ended (" + conflict.getMessage() + "). Please order again.");
            }
        }
    }

    /** The buyer is back from confirming at the provider (3-D Secure in real life). */
    public void paymentConfirmed() throws IOException {
        try {
            order = orders.paymentReturned(Orders.forBuyer(), order.getPublicId(), waitingPayment).order();
            if (order.getStatus() == OrderStatus.CONFIRMED) {
                toConfirmation();
            } else {
                ConsoleMessages.error("The payment was not completed. Your tickets stay held until " + heldUntil() + ".");
            }
        } finally {
            waitingPayment = null;
        }
    }

    private String heldUntil() {
        return time.timeOfDay(order.getHoldExpiresAt(), page.getEvent().getTimeZone());
    }

    private void toConfirmation() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/orders/" + order.getPublicId());
    }

    private OrderRequest request(String buyerEmail) {
        List<OrderRequest.Line> lines = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        chosen().forEach(type -> {
            lines.add(new OrderRequest.Line(type.getId(), quantities.get(type.getId())));
            ids.add(type.getId());
        });
        requested = ids;
        return new OrderRequest(page.getCurrency(), lines, page.getPromoCode(), page.getRevealedBy(), buyerEmail, source);
    }

    private List<TicketType> chosen() {
        return page.getOffered().stream().filter(t -> quantities.get(t.getId()) != null && quantities.get(t.getId()) != 0)
                .toList();
    }

    /** A line's rule stands beside that ticket's quantity; the promo code's and the email's beside theirs. */
    private void show(InvalidInput invalid) {
        ConsoleMessages.show(invalid, field -> {
            Matcher line = LINE_FIELD.matcher(field);
            if (line.matches() && Integer.parseInt(line.group(1)) < requested.size()) {
                int row = page.getOffered().stream().map(TicketType::getId).toList()
                        .indexOf(requested.get(Integer.parseInt(line.group(1))));
                return Optional.of("checkout:ticket:" + row + ":quantity");
            }
            return ConsoleMessages.inputsOf("checkout", Set.of("promoCode", "buyerEmail")).apply(field);
        });
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public boolean isWaitingForBank() {
        return waitingPayment != null;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public Quote getQuote() {
        return quote;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }
}
