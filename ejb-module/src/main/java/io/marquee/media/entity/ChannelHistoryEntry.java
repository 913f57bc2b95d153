package io.marquee.media.entity;

import java.time.Instant;

/**
 * One line of a channel's history.
 *
 * @param kind  {@code observation} (a state seen that differs from the one before) or {@code action}
 * @param runId the reconciliation run, or null for what a person did from the console
 */
public record ChannelHistoryEntry(long id, Instant at, String runId, String kind, String what, String detail) {
}
