package io.marquee.sales.control;

import io.marquee.ordering.control.OrderPricing;
import io.marquee.sales.entity.SalesFact;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;

/**
 * A fact as partners receive it, on the event stream and in webhook bodies alike. Money is a string
 * at the fact's precision so that no client rounds it through a binary float.
 */
public final class SalesFactDocument {

    private SalesFactDocument() {
    }

    public static String json(SalesFact fact) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        fact.lineItems().forEach(l -> lines.add(Json.createObjectBuilder().add("ticketTypeId", l.ticketTypeId())
                .add("ticketType", l.ticketType()).add("quantity", l.quantity()).add("amount", money(l.amount(), fact))));
        JsonObjectBuilder document = Json.createObjectBuilder().add("id", fact.getSeq())
                .add("type", fact.getKind().wireName()).add("occurredAt", fact.getOccurredAt().toString())
                .add("organiserId", fact.getOrganiserId()).add("order", fact.getOrderPublicId())
                .add("tickets", fact.getTickets()).add("gross", money(fact.getGross(), fact))
                .add("currency", fact.getCurrency()).add("source", fact.getSource()).add("lines", lines);
        if (fact.getEventId() != null) {
            document.add("eventId", fact.getEventId());
        }
        optional(document, "utmMedium", fact.getUtmMedium());
        optional(document, "utmCampaign", fact.getUtmCampaign());
        optional(document, "promoCode", fact.getPromoCode());
        return document.build().toString();
    }

    private static String money(BigDecimal amount, SalesFact fact) {
        return OrderPricing.atScale(amount, fact.getCurrency()).toPlainString();
    }

    private static void optional(JsonObjectBuilder document, String name, String value) {
        if (value != null) {
            document.add(name, value);
        }
    }
}
