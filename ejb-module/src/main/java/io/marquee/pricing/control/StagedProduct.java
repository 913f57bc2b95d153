package io.marquee.pricing.control;

import io.marquee.platform.entity.Violation;

import java.util.List;

/**
 * One line of a staged bulk file, read and expanded: the product to write, or (product null) the
 * rules the line breaks.
 */
public record StagedProduct(int lineNo, ExpandedProduct product, List<Violation> violations) {
}
