package io.marquee.sales.boundary;

import io.marquee.ordering.entity.CustomerOrder;
import jakarta.faces.context.ExternalContext;

import java.net.URI;
import java.util.Map;

/**
 * Where a visitor of an event page came from: the referring site's host and the campaign's utm_
 * parameters of the address they opened. The visit and, if they buy, their order carry it.
 */
public final class Arrival {

    private static final int MAX_SOURCE = 200;

    private Arrival() {
    }

    public static CustomerOrder.Source of(ExternalContext external) {
        Map<String, String> parameters = external.getRequestParameterMap();
        return new CustomerOrder.Source(host(external.getRequestHeaderMap().get("Referer")),
                shortened(parameters.get("utm_source")), shortened(parameters.get("utm_medium")),
                shortened(parameters.get("utm_campaign")));
    }

    /** Whatever a browser or a link sends: a malformed referrer is no referrer, a campaign name is kept short. */
    static String host(String referrer) {
        try {
            return referrer == null ? null : shortened(URI.create(referrer).getHost());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String shortened(String text) {
        return text == null || text.length() <= MAX_SOURCE ? text : text.substring(0, MAX_SOURCE);
    }
}
