package io.marquee.media.control;

import io.marquee.platform.control.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Seals, at boot, the stream keys stored in clear before schema V14: SQL could not (the key is in
 * MicroProfile Config, not in the database). Without a secrets key it says so once, loudly; the
 * channel pages then refuse to show or make keys until one is configured.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StreamKeySealing {

    private static final Logger LOG = Logger.getLogger(StreamKeySealing.class.getName());

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    Secrets secrets;

    @PostConstruct
    void sealPlainKeys() {
        if (!secrets.configured()) {
            LOG.severe(() -> Secrets.PROPERTY + " (MARQUEE_SECRETS_KEY) is not configured: media channels' stream "
                    + "keys can be neither made nor read until it is");
            return;
        }
        int sealed = new ChannelRecords(dataSource, secrets::box).sealPlainStreamKeys();
        if (sealed > 0) {
            LOG.info(() -> "sealed " + sealed + " stream keys stored in clear before schema V14");
        }
    }
}
