package io.marquee.ordering.boundary;

import io.marquee.testing.LocalMailbox;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import io.marquee.testing.TicketFixture;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket email, from the outbox row a confirmed order leaves to the message in a real SMTP
 * server: branded HTML and a text part, the ticket id and the Watch link; retried through an SMTP
 * outage; sent once.
 */
class TicketEmailIT {

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final LocalMailbox mailbox = SystemUnderTest.mailbox();

    @AfterEach
    void smtpIsBack() {
        mailbox.start();
    }

    @Test
    void aConfirmedOrderSendsOneBrandedEmailWithTheTicketAndItsWatchLink() throws Exception {
        String buyer = "buyer-" + UUID.randomUUID() + "@example.org";
        TicketFixture.Order order = TicketFixture.confirmedOrder(sut, buyer);

        MimeMessage email = mailbox.awaitOneTo(buyer, Duration.ofSeconds(20));

        assertThat(email.getSubject()).isEqualTo("Your ticket for Aurora Sessions: live from Tromsø");
        String watch = sut.uri("tickets/" + order.ticket()).toString();
        assertThat(part(email, "text/plain")).contains("Ticket " + order.ticket()).contains("Watch: " + watch)
                .contains("Europe/Oslo");
        assertThat(part(email, "text/html")).contains("Ticket " + order.ticket()).contains("href=\"" + watch + "\"")
                .contains(">Watch</a>").contains("Northern Lights Live");
        assertThat(outboxRow(order.id())).isEqualTo("sent after 1");
        Thread.sleep(4500);
        assertThat(mailbox.to(buyer)).as("sent once, not on every tick").hasSize(1);
    }

    @Test
    void anEmailThatMeetsAnSmtpOutageWaitsAndArrivesOnceWhenTheServerIsBack() throws Exception {
        mailbox.stop();
        String buyer = "patient-" + UUID.randomUUID() + "@example.org";
        TicketFixture.Order order = TicketFixture.confirmedOrder(sut, buyer);
        Thread.sleep(5000); // a few of the sender's ticks meet the outage
        assertThat(outboxRow(order.id())).isEqualTo("pending after 0");

        mailbox.start();
        mailbox.awaitOneTo(buyer, Duration.ofSeconds(30));

        assertThat(outboxRow(order.id())).isEqualTo("sent after 1");
        Thread.sleep(4500);
        assertThat(mailbox.to(buyer)).hasSize(1);
    }

    private String outboxRow(long orderId) throws SQLException {
        try (Connection db = connect();
             ResultSet row = db.createStatement().executeQuery(
                     "select status, attempts from ticket_email where order_id = " + orderId)) {
            row.next();
            return row.getString(1) + " after " + row.getInt(2);
        }
    }

    private static String part(MimeMessage email, String type) throws Exception {
        Multipart parts = (Multipart) email.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private Connection connect() throws SQLException {
        return sut.connect();
    }
}
