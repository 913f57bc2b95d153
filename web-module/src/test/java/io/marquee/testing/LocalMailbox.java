package io.marquee.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real SMTP server on loopback (GreenMail) that the server under test, or the run command's server,
 * sends its emails to. It can be stopped and started again on the same port to play an SMTP outage.
 */
public final class LocalMailbox implements AutoCloseable {

    private final int port;
    private GreenMail smtp;
    /** What arrived before the last outage: GreenMail forgets its messages when stopped. */
    private List<MimeMessage> beforeOutage = List.of();

    private LocalMailbox(int port) {
        this.port = port;
        start();
    }

    public static LocalMailbox onFreePort() {
        return new LocalMailbox(MicroServer.freePort());
    }

    public static LocalMailbox on(int port) {
        return new LocalMailbox(port);
    }

    /** What the server needs to send here: plain SMTP, no credentials. */
    public Map<String, String> serverEnvironment() {
        return Map.of("MARQUEE_MAIL_HOST", "127.0.0.1", "MARQUEE_MAIL_PORT", String.valueOf(port),
                "MARQUEE_MAIL_SECURITY", "none");
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** An outage: connections are refused until {@link #start()}. Received messages are kept. */
    public synchronized void stop() {
        if (smtp != null) {
            beforeOutage = all();
            smtp.stop();
            smtp = null;
        }
    }

    public synchronized List<MimeMessage> all() {
        List<MimeMessage> now = smtp == null ? List.of() : Arrays.asList(smtp.getReceivedMessages());
        return Stream.concat(beforeOutage.stream(), now.stream()).toList();
    }

    public List<MimeMessage> to(String recipient) {
        return all().stream().filter(m -> recipientOf(m).equalsIgnoreCase(recipient)).toList();
    }

    /** Waits up to {@code timeout} for a message to {@code recipient}. */
    public MimeMessage awaitOneTo(String recipient, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = to(recipient);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + recipient + " within " + timeout);
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of an email the server sent (text and HTML, as alternatives). */
    public static String textOf(MimeMessage email) throws Exception {
        Multipart parts = (Multipart) email.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    @Override
    public synchronized void close() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }
}
