package io.marquee.sales.entity;

/** A fact was recorded in the current transaction; after it commits, the publisher should run. */
public record FactRecorded() {
}
