package io.marquee.ordering.control;

import io.marquee.ordering.entity.TicketEmail;
import io.marquee.platform.control.SqlColumns;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the ticket emails the ordering transactions left in the outbox ({@code ticket_email}), one
 * per transaction. The row stays locked while its email is sent, so two server instances never send
 * one email together, and is marked sent in the same transaction: a sent email is never sent again.
 * A failed send is retried with exponential backoff, up to {@link #MAX_ATTEMPTS} times.
 */
@Stateless
public class TicketEmailOutbox {

    static final int MAX_ATTEMPTS = 12;
    private static final Logger LOG = Logger.getLogger(TicketEmailOutbox.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    private static final Duration LAST_RETRY = Duration.ofHours(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings mail;

    /**
     * Sends the most overdue email over {@code smtp} (a connection the caller keeps open for many);
     * false when none is due, another instance holds them all, or the send failed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNext(Transport smtp) {
        Optional<Object[]> due = em.createNativeQuery("""
                select e.order_id, e.recipient, e.attempts, o.public_id, g.name, g.brand_color, g.accent_color,
                       coalesce(v.title, p.title), coalesce(v.starts_at, r.valid_from), r.valid_until,
                       coalesce(v.time_zone, g.time_zone)
                from ticket_email e
                join customer_order o on o.id = e.order_id
                left join live_event v on v.id = o.event_id
                left join product p on p.id = o.product_id
                left join entitlement r on r.order_id = o.id and r.product_id is not null
                join organiser g on g.id = o.organiser_id
                where e.status = 'pending' and e.next_attempt_at <= now()
                order by e.next_attempt_at
                limit 1
                for update of e skip locked""").getResultStream().findFirst().map(Object[].class::cast);
        return due.map(row -> send(row, smtp)).orElse(false);
    }

    private boolean send(Object[] row, Transport smtp) {
        long orderId = ((Number) row[0]).longValue();
        int attempt = ((Number) row[2]).intValue() + 1;
        TicketEmail email = new TicketEmail((String) row[1], (String) row[3], mail.orderUrl((String) row[3]),
                (String) row[4], (String) row[5],
                (String) row[6], (String) row[7], SqlColumns.instant(row[8]), SqlColumns.instant(row[9]),
                ZoneId.of((String) row[10]), tickets(orderId));
        try {
            MimeMessage message = message(email);
            message.saveChanges();
            smtp.sendMessage(message, message.getAllRecipients());
            em.createNativeQuery("update ticket_email set status = 'sent', sent_at = now(), attempts = ?, "
                    + "last_error = null where order_id = ?").setParameter(1, attempt).setParameter(2, orderId)
                    .executeUpdate();
            return true;
        } catch (MessagingException | RuntimeException failure) {
            // the cause names the host and port, never the credentials
            LOG.log(Level.WARNING, "ticket email for order {0} failed (attempt {1}): {2}",
                    new Object[]{email.orderReference(), attempt, failure.getMessage()});
            em.createNativeQuery("update ticket_email set attempts = ?, last_error = ?, status = ?, "
                            + "next_attempt_at = now() + make_interval(secs => ?) where order_id = ?")
                    .setParameter(1, attempt).setParameter(2, String.valueOf(failure.getMessage()))
                    .setParameter(3, attempt >= MAX_ATTEMPTS ? "failed" : "pending")
                    .setParameter(4, (double) backoff(attempt).toSeconds()).setParameter(5, orderId).executeUpdate();
            return false;
        }
    }

    /** 15 s, 30 s, 1 min, ... doubling, at most 2 h apart. */
    static Duration backoff(int attempt) {
        Duration next = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 20));
        return next.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : next;
    }

    @SuppressWarnings("unchecked")
    private List<TicketEmail.Ticket> tickets(long orderId) {
        List<Object[]> rows = em.createNativeQuery("select t.token, coalesce(y.name, 'Rental') from ticket t "
                + "left join ticket_type y on y.id = t.ticket_type_id where t.order_id = ? and t.status = 'valid' order by t.id")
                .setParameter(1, orderId).getResultList();
        return rows.stream().map(r -> new TicketEmail.Ticket((String) r[0], (String) r[1],
                mail.ticketUrl((String) r[0]))).toList();
    }

    private MimeMessage message(TicketEmail email) throws MessagingException {
        MimeMessage message = new OrderMessage(mail, email.orderReference());
        message.setFrom(new InternetAddress(mail.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.recipient(), true));
        message.setSubject(TicketEmailComposer.subject(email), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(TicketEmailComposer.text(email), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(TicketEmailComposer.html(email), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    /**
     * A message whose Message-ID is derived from the order, so that if a send is ever repeated
     * (the commit after a successful send failed) receiving servers and clients see one message.
     */
    private static final class OrderMessage extends MimeMessage {

        private final String orderReference;

        OrderMessage(MailSettings mail, String orderReference) {
            super(mail.session());
            this.orderReference = orderReference;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<ticket-" + orderReference + "@marquee>");
        }
    }
}
