package io.marquee.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The run command's stand-in for a mail server: a {@link LocalMailbox} on loopback whose emails are
 * echoed to the terminal (recipient, subject and the Watch links), so a new user can open the ticket
 * they just bought.
 */
final class DevMailbox {

    private final LocalMailbox mailbox;

    private DevMailbox(LocalMailbox mailbox) {
        this.mailbox = mailbox;
    }

    static DevMailbox start() {
        DevMailbox dev = new DevMailbox(LocalMailbox.onFreePort());
        Thread echo = new Thread(dev::echo, "dev-mailbox");
        echo.setDaemon(true);
        echo.start();
        return dev;
    }

    Map<String, String> serverEnvironment() {
        return mailbox.serverEnvironment();
    }

    int port() {
        return mailbox.port();
    }

    private void echo() {
        int shown = 0;
        while (!Thread.currentThread().isInterrupted()) {
            List<MimeMessage> all = mailbox.all();
            for (MimeMessage message : all.subList(shown, all.size())) {
                System.out.println(summary(message));
            }
            shown = all.size();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    private static String summary(MimeMessage message) {
        try {
            StringBuilder out = new StringBuilder("\n[mail] to " + message.getAllRecipients()[0] + ": "
                    + message.getSubject() + "\n");
            text(message).lines().filter(line -> line.startsWith("Watch: ")).forEach(l -> out.append("[mail]   ").append(l).append('\n'));
            return out.toString();
        } catch (MessagingException | IOException unreadable) {
            return "[mail] an email arrived that could not be read: " + unreadable.getMessage();
        }
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
            }
        }
        return String.valueOf(message.getContent());
    }
}
