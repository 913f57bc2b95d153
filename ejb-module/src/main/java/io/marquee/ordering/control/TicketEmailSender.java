package io.marquee.ordering.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Drains the ticket email outbox every two seconds: an email goes out within seconds of the
 * order's commit, and one that failed is retried when its backoff is over.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketEmailSender {

    private static final Logger LOG = Logger.getLogger(TicketEmailSender.class.getName());
    private static final int PER_TICK = 200;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean warned = new AtomicBoolean();

    @Inject
    TicketEmailOutbox outbox;

    @Inject
    MailSettings mail;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void drain() {
        if (!mail.configured()) {
            if (warned.compareAndSet(false, true)) {
                LOG.warning("no SMTP server configured (marquee.mail.host): ticket emails wait in the outbox");
            }
            return;
        }
        // a slow SMTP server must not pile up overlapping ticks
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int sent = 0; sent < PER_TICK && outbox.sendNext(); sent++) {
                // sendNext sends and commits one email per call
            }
        } finally {
            draining.set(false);
        }
    }
}
