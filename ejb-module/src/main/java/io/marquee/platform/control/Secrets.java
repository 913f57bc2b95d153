package io.marquee.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The installation's {@link SecretBox}, under {@code marquee.secrets.key} (environment
 * {@code MARQUEE_SECRETS_KEY}): base64 of 32 random bytes. Without it nothing that stores or reads
 * a sealed secret works, and says why; the rest of the application does.
 */
@ApplicationScoped
public class Secrets {

    public static final String PROPERTY = "marquee.secrets.key";

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> key;

    private volatile SecretBox box;

    public boolean configured() {
        return key.filter(k -> !k.isBlank()).isPresent();
    }

    public SecretBox box() {
        if (box == null) {
            box = SecretBox.of(key.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(PROPERTY
                    + " (MARQUEE_SECRETS_KEY) is not configured: secrets such as stream keys can be neither stored "
                    + "nor read. Set it to 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`.")));
        }
        return box;
    }
}
