package io.marquee.sales.control;

import io.marquee.sales.entity.FactsPublished;
import io.marquee.sales.entity.SalesFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where published sales facts go for the live sales view: into the counters inside the publisher's
 * transaction (they commit with the numbering, so each fact counts exactly once), and, once that
 * committed, to the dashboards of their events on every instance.
 */
@ApplicationScoped
public class LiveCounting {

    @Inject
    SalesAggregates aggregates;

    @Inject
    LiveDashboards dashboards;

    void count(@Observes FactsPublished published) {
        aggregates.fold(published.facts().stream().map(SalesFact::getId).toList());
    }

    void push(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactsPublished published) {
        dashboards.changed(published.facts().stream().map(SalesFact::getEventId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }
}
