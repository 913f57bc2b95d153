package io.marquee.sales.entity;

import io.marquee.ordering.entity.CustomerOrder;

import java.time.Instant;

/**
 * A visit to an event's public page: which event, when, and where the visitor came from (the
 * referring site's host and the campaign's utm_ parameters). Nothing more personal is kept.
 */
public record Visit(long eventId, Instant visitedAt, CustomerOrder.Source source) {

    public static final String DIRECT = "direct";

    /**
     * The traffic source the dashboard groups by: utm_source, else the referring host, else direct (the
     * rule the sales facts follow, so visits and sales of a source meet in one row).
     */
    public String trafficSource() {
        if (source.utmSource() != null && !source.utmSource().isEmpty()) {
            return source.utmSource();
        }
        return source.referrerHost() == null || source.referrerHost().isEmpty() ? DIRECT : source.referrerHost();
    }
}
