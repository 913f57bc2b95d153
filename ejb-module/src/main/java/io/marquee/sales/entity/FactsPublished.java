package io.marquee.sales.entity;

import java.util.List;

/**
 * Facts just numbered by the publisher, in seq order. Fired inside the publisher's transaction:
 * an observer that writes ({@code @Observes}) commits together with the numbering, so it sees each
 * fact exactly once; one that pushes ({@code @Observes(during = AFTER_SUCCESS)}) runs after commit.
 */
public record FactsPublished(List<SalesFact> facts) {

    public FactsPublished {
        facts = List.copyOf(facts);
    }
}
