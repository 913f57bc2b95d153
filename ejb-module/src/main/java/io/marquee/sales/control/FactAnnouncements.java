package io.marquee.sales.control;

import io.marquee.sales.entity.FactsPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells listeners on this instance that facts were published, after the publisher's commit. The
 * boundaries (streams, dashboards) register here rather than observe the event themselves: in the
 * EAR the web module's beans do not see events fired in the EJB module.
 */
@ApplicationScoped
public class FactAnnouncements {

    private static final Logger LOG = Logger.getLogger(FactAnnouncements.class.getName());

    private final List<Consumer<FactsPublished>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<FactsPublished> listener) {
        listeners.add(listener);
    }

    void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactsPublished published) {
        for (Consumer<FactsPublished> listener : listeners) {
            try {
                listener.accept(published);
            } catch (RuntimeException failed) {
                // one listener's fault must not keep the news from the others
                LOG.log(Level.WARNING, "a sales fact listener failed", failed);
            }
        }
    }
}
