package io.marquee.pricing.control;

import io.marquee.platform.entity.Violation;

import java.util.List;

/**
 * One line of a staged bulk file, read: its product document, or what is wrong with the line
 * (then document is null).
 */
public record StagedProduct(int lineNo, ProductDocument document, List<Violation> violations) {
}
