package io.marquee.testing;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The run command's stand-in for the demo storefront's webhook endpoint: it takes every delivery
 * and prints one line for it, so a new user sees sales arrive as webhooks.
 */
final class DevWebhookReceiver implements AutoCloseable {

    private final HttpServer server;

    private DevWebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1:{@code port}; empty (and says so) when the port is taken. */
    static Optional<DevWebhookReceiver> start(int port) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (BindException taken) {
            System.out.printf(" Port %d is taken: the demo storefront's webhooks will wait and retry.%n", port);
            return Optional.empty();
        }
        server.createContext("/demo-webhooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(summary(body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return Optional.of(new DevWebhookReceiver(server));
    }

    static String url(int port) {
        return "http://127.0.0.1:" + port + "/demo-webhooks";
    }

    private static String summary(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject event = reader.readObject();
            return String.format(" Webhook to the demo storefront: #%d %s of order %s, %s %s, %d tickets, from %s",
                    event.getJsonNumber("id").longValue(), event.getString("type"), event.getString("order"),
                    event.getString("currency"), event.getString("gross"), event.getInt("tickets"), event.getString("source"));
        } catch (RuntimeException notJson) {
            return " Webhook to the demo storefront: " + body;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
