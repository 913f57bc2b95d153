package io.marquee.event.entity;

import java.time.Instant;

/** An event as an organiser writes it; {@code EventRules} checks it before it is stored. */
public record EventDraft(String title, String description, Instant startsAt, Instant endsAt, String timeZone) {
}
