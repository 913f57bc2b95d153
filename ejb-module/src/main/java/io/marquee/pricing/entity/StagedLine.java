package io.marquee.pricing.entity;

import java.io.Serializable;

/** One line of a staged bulk product file. */
public record StagedLine(int lineNo, String document) implements Serializable {
}
