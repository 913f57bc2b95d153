package io.marquee.ordering.control;

import io.marquee.ordering.entity.TicketEmail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a ticket (or rental) email's subject, text part and branded HTML part. Everything that came from an
 * organiser or a buyer is HTML-escaped: an event title is not markup.
 */
public final class TicketEmailComposer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private TicketEmailComposer() {
    }

    public static String subject(TicketEmail mail) {
        return (mail.rental() ? "Your rental of " : "Your ticket for ") + mail.title();
    }

    public static String text(TicketEmail mail) {
        String tickets = mail.tickets().stream()
                .map(t -> "Ticket " + t.id() + " (" + t.ticketType() + ")\nWatch: " + t.watchUrl())
                .collect(Collectors.joining("\n\n"));
        return mail.title() + "\n" + when(mail) + "\n\n" + tickets + "\n\nOrder " + mail.orderReference()
                + ": " + mail.orderUrl() + "\nKeep this email: the Watch link is your ticket. " + mail.organiserName() + " via Marquee\n";
    }

    public static String html(TicketEmail mail) {
        String tickets = mail.tickets().stream().map(t -> """
                <tr><td style="padding:12px 0;border-top:1px solid #ddd">
                  <div style="font-size:13px;color:#555">%s</div>
                  <div style="font-family:monospace;font-size:15px">Ticket %s</div>
                  <a href="%s" style="display:inline-block;margin-top:8px;padding:10px 22px;border-radius:4px;\
                background:%s;color:#ffffff;text-decoration:none;font-weight:bold">Watch</a>
                </td></tr>""".formatted(escape(t.ticketType()), escape(t.id()), escape(t.watchUrl()),
                mail.accentColor())).collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html><body style="margin:0;font-family:Arial,sans-serif;background:#f4f4f4">
                <table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
                <table width="560" cellpadding="24" cellspacing="0" style="background:#ffffff">
                <tr><td style="background:%s;color:#ffffff;font-size:14px">%s</td></tr>
                <tr><td>
                  <h1 style="margin:0 0 4px;font-size:22px">%s</h1>
                  <div style="color:#555">%s</div>
                  <table width="100%%" cellpadding="0" cellspacing="0" style="margin-top:16px">%s</table>
                  <p style="font-size:12px;color:#777">Order <a href="%s" style="color:#777">%s</a>. \
                Keep this email: the Watch link is your ticket.</p>
                </td></tr></table></td></tr></table>
                </body></html>
                """.formatted(mail.brandColor(), escape(mail.organiserName()), escape(mail.title()),
                escape(when(mail)), tickets, escape(mail.orderUrl()), escape(mail.orderReference()));
    }

    private static String when(TicketEmail mail) {
        return (mail.rental() ? "Yours to watch until " + WHEN.format(mail.rentalEnd().atZone(mail.zone()))
                : "Starts " + WHEN.format(mail.startsAt().atZone(mail.zone()))) + " (" + mail.zone().getId() + ")";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
