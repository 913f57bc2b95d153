package io.marquee.platform.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a partner API key may do. Every partner API method names the one scope it needs; a key
 * carries a set of them.
 */
public enum ApiScope {
    ORGANISERS_READ("organisers:read", "Read the partner's organisers"),
    ORGANISERS_WRITE("organisers:write", "Change the partner's organisers"),
    AUDIT_READ("audit:read", "Read the partner's own audit trail"),
    TEMPLATES_READ("templates:read", "Read the offer templates of the partner's organisers"),
    TEMPLATES_WRITE("templates:write", "Create, change and delete offer templates"),
    PRODUCTS_WRITE("products:write", "Ingest products (TVOD titles) priced from a template"),
    CATALOG_READ("catalog:read", "Read products, their prices and quotes"),
    JOBS_READ("jobs:read", "Follow the progress of the partner's batch jobs"),
    JOBS_WRITE("jobs:write", "Stop and restart the partner's batch jobs"),
    EVENTS_READ("events:read", "Read the live events of the partner's organisers and their availability"),
    EVENTS_WRITE("events:write", "Create and change live events, ticket types and promo codes"),
    ORDERS_READ("orders:read", "Read orders and their tickets, and quote orders"),
    ORDERS_WRITE("orders:write", "Place, pay, cancel and refund orders"),
    LEDGER_READ("ledger:read", "Read the fee and payout ledger of the partner's organisers"),
    RIGHTS_READ("rights:read", "Ask whether a viewer may play an event or title now, and read viewers' grants"),
    SALES_READ("sales:read", "Follow the partner's organisers' reservations, sales and refunds as a resumable event stream"),
    WEBHOOKS_WRITE("webhooks:write", "Subscribe to sales events by webhook, read the delivery log and redeliver");

    private final String wireName;
    private final String description;

    ApiScope(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    public String description() {
        return description;
    }

    public static Optional<ApiScope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
