package io.marquee.pricing.entity;

/** A bulk line that did not become a product, and why. */
public record Rejection(int lineNo, String field, String rule, String message) {
}
