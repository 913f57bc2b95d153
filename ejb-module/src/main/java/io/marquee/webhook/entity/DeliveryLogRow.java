package io.marquee.webhook.entity;

import java.time.Instant;

/** One delivery as the log shows it: to which URL, which fact, and how it went ({@code status}: a {@link DeliveryStatus} wire name). */
public record DeliveryLogRow(long id, String subscription, String url, long eventId, String eventType, String order,
                             String status, int attempts, Integer lastStatus, String lastError,
                             Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {
}
