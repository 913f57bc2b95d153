package io.marquee.platform.entity;

/**
 * One broken rule in a client's input: which field, which rule, and a sentence a person can read.
 * Becomes one entry of an RFC 9457 problem's {@code errors} list.
 *
 * @param field the field's path in the client's document, e.g. {@code tiers[2].duration}
 * @param rule  a stable machine-readable rule name, e.g. {@code positive}, {@code unique}
 * @param message what is wrong, in words
 */
public record Violation(String field, String rule, String message) {
}
