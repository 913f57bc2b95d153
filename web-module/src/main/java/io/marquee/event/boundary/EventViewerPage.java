package io.marquee.event.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.event.entity.PromoCode;
import io.marquee.event.entity.TicketType;
import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.boundary.MoneyText;
import io.marquee.sales.boundary.Arrival;
import io.marquee.sales.control.KnownBots;
import io.marquee.sales.control.VisitQueue;
import io.marquee.sales.entity.Visit;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The public page of an event: the organiser's branding, the event, and the ticket types a viewer
 * may buy (hidden ones once an access code reveals them) with their price in the chosen currency.
 * Drafts and unknown ids are not found.
 */
@Named
@ViewScoped
public class EventViewerPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PREFERRED_CURRENCY = "EUR";

    @Inject
    transient Events events;

    @Inject
    transient Organisers organisers;

    @Inject
    transient MoneyText money;

    @Inject
    transient VisitQueue visits;

    private String publicId;
    private LiveEvent event;
    private Organiser organiser;
    private List<TicketType> offered = List.of();
    private String currency;
    private String accessCode;
    private String revealedBy;
    private String promoCode;
    private String promoAnswer;

    public void load() throws IOException {
        Optional<LiveEvent> found = publicId == null ? Optional.empty() : events.published(publicId);
        if (found.isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(404, "no such event");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        event = found.get();
        countVisit(FacesContext.getCurrentInstance().getExternalContext());
        organiser = organisers.branding(event.getOrganiserId());
        offered = events.offered(event, null);
        currency = getCurrencies().contains(PREFERRED_CURRENCY) ? PREFERRED_CURRENCY
                : getCurrencies().stream().findFirst().orElse(PREFERRED_CURRENCY);
    }

    /** A person's visit (not a crawler's) is queued for the live sales counters: the page does not wait for it. */
    private void countVisit(ExternalContext external) {
        if (!KnownBots.isBot(external.getRequestHeaderMap().get("User-Agent"))) {
            visits.offer(new Visit(event.getId(), Instant.now(), Arrival.of(external)));
        }
    }

    /** Shows the hidden ticket types the code reveals; an unknown code says so without saying more. */
    public void reveal() {
        event = events.published(publicId).orElse(event);
        List<TicketType> withCode = events.offered(event, accessCode);
        if (withCode.size() > events.offered(event, null).size()) {
            offered = withCode;
            revealedBy = accessCode.strip();
        } else {
            offered = events.offered(event, null);
            revealedBy = null;
            FacesContext.getCurrentInstance().addMessage("access:accessCode", new FacesMessage(
                    FacesMessage.SEVERITY_WARN, "That code unlocks no tickets.", null));
        }
    }

    /** Says what the promo code takes off, or that it does not apply now. The price is worked out at checkout. */
    public void checkPromoCode() {
        Instant now = Instant.now();
        promoAnswer = Optional.ofNullable(promoCode).map(String::strip).filter(code -> !code.isEmpty())
                .flatMap(code -> events.promoCode(event.getId(), code))
                .filter(promo -> promo.validAt(now) && !promo.usedUp())
                .map(this::describe)
                .orElse("That promo code does not apply now.");
    }

    private String describe(PromoCode promo) {
        String off = promo.getPercentOff() != null ? promo.getPercentOff().stripTrailingZeros().toPlainString() + " % off"
                : promo.amountOff(currency).map(a -> money.format(currency, a) + " off each ticket")
                .orElse("a discount in other currencies");
        List<String> names = offered.stream().filter(t -> promo.appliesTo(t.getId())).map(TicketType::getName).toList();
        return promo.getCode() + ": " + off + (names.isEmpty() ? "" : " " + String.join(", ", names));
    }

    public Collection<String> getCurrencies() {
        TreeSet<String> currencies = new TreeSet<>();
        offered.forEach(t -> currencies.addAll(t.getPrices().keySet()));
        return currencies;
    }

    /** "EUR 12.99", or why it cannot be bought in the chosen currency. */
    public String priceOf(TicketType type) {
        return type.price(currency).map(price -> money.format(currency, price)).orElse("not sold in " + currency);
    }

    public boolean selling(TicketType type) {
        return type.sellingAt(Instant.now());
    }

    /** The address the page polls for tickets left; it carries the access code once one revealed tickets. */
    public String getAvailabilityPath() {
        return "/api/v1/viewer/events/" + publicId + "/availability"
                + (revealedBy == null ? "" : "?accessCode=" + URLEncoder.encode(revealedBy, StandardCharsets.UTF_8));
    }

    public String getPublicId() {
        return publicId;
    }

    public void setPublicId(String publicId) {
        this.publicId = publicId;
    }

    public LiveEvent getEvent() {
        return event;
    }

    public Organiser getOrganiser() {
        return organiser;
    }

    public List<TicketType> getOffered() {
        return offered;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode;
    }

    public String getPromoCode() {
        return promoCode;
    }

    public void setPromoCode(String promoCode) {
        this.promoCode = promoCode;
    }

    /** The access code that revealed hidden tickets, if one did: orders carry it so those tickets may be bought. */
    public String getRevealedBy() {
        return revealedBy;
    }

    public String getPromoAnswer() {
        return promoAnswer;
    }
}
