package io.marquee.testing;

import io.marquee.platform.control.SecretBox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The README's run command: an embedded PostgreSQL whose data lives in {@code .marquee/} (or the
 * database named by {@code MARQUEE_DB_URL}), Payara Micro with the WAR and the demo data, and the
 * URLs to open. Ctrl-C stops both; so does the server ending by itself.
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        Instant started = Instant.now();
        Path home = Path.of(System.getProperty("marquee.home", ".marquee")).toAbsolutePath();
        EmbeddedDatabase database = System.getenv("MARQUEE_DB_URL") == null
                ? EmbeddedDatabase.persistentIn(home.resolve("pgdata")) : null;
        Map<String, String> environment = new HashMap<>();
        if (database != null) {
            environment.putAll(database.serverEnvironment());
        }
        environment.putIfAbsent("MARQUEE_DEMO_ENABLED", "true");
        // a developer's webhook receiver runs on this machine
        environment.putIfAbsent("MARQUEE_WEBHOOKS_ALLOW_LOOPBACK", "true");
        if (System.getenv("MARQUEE_SECRETS_KEY") == null) {
            environment.put("MARQUEE_SECRETS_KEY", secretsKey(home.resolve("secrets.key")));
        }
        DevMailbox mailbox = System.getenv("MARQUEE_MAIL_HOST") == null ? DevMailbox.start() : null;
        if (mailbox != null) {
            environment.putAll(mailbox.serverEnvironment());
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("MARQUEE_HTTP_PORT", "8080"));
        // the demo storefront's webhooks arrive here and are printed (a fixed port: the demo data names it once)
        int webhookPort = Integer.parseInt(System.getenv().getOrDefault("MARQUEE_DEMO_WEBHOOK_PORT", "8089"));
        Optional<DevWebhookReceiver> webhooks = DevWebhookReceiver.start(webhookPort);
        environment.putIfAbsent("MARQUEE_DEMO_WEBHOOK_URL", DevWebhookReceiver.url(webhookPort));
        // VOD uploads go to a local S3 unless one (or an AWS account) is configured
        LocalVodStore vodStore = System.getenv("MARQUEE_S3_ENDPOINT") == null && System.getenv("MARQUEE_AWS_ACCESS_KEY") == null
                ? LocalVodStore.start(home.resolve("s3"), List.of("http://localhost:" + port, "http://127.0.0.1:" + port))
                : null;
        if (vodStore != null) {
            environment.putAll(vodStore.serverEnvironment());
        }
        MicroServer server = MicroServer.start(new MicroServer.Settings(port, home.resolve("micro"), environment,
                "marquee-dev-" + UUID.randomUUID()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Marquee …");
            server.close();
            webhooks.ifPresent(DevWebhookReceiver::close);
            if (vodStore != null) {
                vodStore.close();
            }
            if (database != null) {
                database.close();
            }
            System.out.println("Stopped.");
        }));
        printBanner(server, Duration.between(started, Instant.now()), database != null);
        if (vodStore != null) {
            System.out.printf(" VOD uploads go to a local S3 (s3proxy) at %s, files in .marquee/s3.%n", vodStore.endpoint());
        }
        webhooks.ifPresent(w -> System.out.printf(" The demo storefront's webhooks (sales, refunds) arrive at %s and are shown here.%n",
                DevWebhookReceiver.url(webhookPort)));
        if (mailbox != null) {
            System.out.printf(" Ticket emails go to a local SMTP server on 127.0.0.1:%d and are shown here.%n%n",
                    mailbox.port());
        }
        // if the server dies by itself, stop the database too (the shutdown hook does it)
        System.exit(server.awaitExit());
    }

    /**
     * The installation's secrets key, made on the first run and kept beside the database it
     * belongs to: the stream keys sealed under it open on every later run.
     */
    private static String secretsKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, SecretBox.newKey(), StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return Files.readString(file).strip();
    }

    private static void printBanner(MicroServer server, Duration startup, boolean embedded) {
        String base = server.base().toString().replace("127.0.0.1", "localhost");
        System.out.printf("""

                ============================================================
                 Marquee is ready (%.1f s, server pid %d)
                   Console       %sconsole/
                   API docs      %sapi-docs.html   (OpenAPI: %sopenapi)
                   Viewer home   %s
                   Health        %shealth
                 Demo logins: admin / %s (platform admin)
                              organiser / %s (organiser admin)
                 Database: %s
                 Server log: %s
                 Ctrl-C stops the server and the database.
                ============================================================
                %n""", startup.toMillis() / 1000.0, server.pid(), base, base, base, base, base,
                System.getenv().getOrDefault("MARQUEE_DEMO_ADMIN_PASSWORD", "marquee-admin-demo"),
                System.getenv().getOrDefault("MARQUEE_DEMO_ORGANISER_PASSWORD", "marquee-organiser-demo"),
                embedded ? "embedded PostgreSQL 17 in .marquee/pgdata (kept across runs)" : System.getenv("MARQUEE_DB_URL"),
                server.log());
    }
}
