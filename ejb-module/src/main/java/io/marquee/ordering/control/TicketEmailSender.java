package io.marquee.ordering.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

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
        // one SMTP connection for the whole tick: a burst of sales must not open one per email
        try (Transport smtp = mail.session().getTransport()) {
            smtp.connect();
            for (int sent = 0; sent < PER_TICK && outbox.sendNext(smtp); sent++) {
                // sendNext sends and commits one email per call
            }
        } catch (MessagingException unreachable) {
            LOG.warning("the SMTP server cannot be reached, ticket emails wait: " + unreachable.getMessage());
        } finally {
            draining.set(false);
        }
    }
}
