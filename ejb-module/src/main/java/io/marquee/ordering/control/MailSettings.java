package io.marquee.ordering.control;

import io.marquee.platform.control.PublicAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server ticket emails go through, from configuration: {@code marquee.mail.host}, {@code .port},
 * {@code .security} (none, starttls or ssl), {@code .user}, {@code .password}, {@code .from}. With no host
 * configured nothing is sent and emails wait in the outbox until one is.
 */
@ApplicationScoped
public class MailSettings {

    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    @ConfigProperty(name = "marquee.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "marquee.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "marquee.mail.security", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "marquee.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "marquee.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "marquee.mail.from", defaultValue = "Marquee tickets <tickets@marquee.invalid>")
    String from;

    @Inject
    PublicAddress address;

    private Session session;

    @PostConstruct
    void connect() {
        host.ifPresent(smtp -> session = Session.getInstance(properties(smtp), authenticator()));
    }

    public boolean configured() {
        return session != null;
    }

    public Session session() {
        return session;
    }

    public String from() {
        return from;
    }

    /** Where viewers open a ticket: {@code <public url>/tickets/<token>}. */
    public String ticketUrl(String token) {
        return address.of("/tickets/" + token);
    }

    /** The buyer's confirmation page: {@code <public url>/orders/<public id>}. */
    public String orderUrl(String orderReference) {
        return address.of("/orders/" + orderReference);
    }

    private Properties properties(String smtp) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        switch (security) {
            case "starttls" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case "ssl" -> properties.put("mail.smtp.ssl.enable", "true");
            case "none" -> { }
            default -> throw new IllegalStateException("marquee.mail.security is none, starttls or ssl, not " + security);
        }
        if (!"none".equals(security)) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private Authenticator authenticator() {
        if (user.isEmpty()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        };
    }
}
