package io.marquee.entitlement.entity;

/**
 * What a grant plays: a live event (by its public id) or a rented title (a product, by its id), and
 * whose organiser it belongs to. The stream a signature is limited to is {@code StreamPaths}' to decide.
 */
public record Watched(boolean rental, String id, String title, long organiserId) {
}
