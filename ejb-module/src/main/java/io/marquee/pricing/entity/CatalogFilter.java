package io.marquee.pricing.entity;

import java.util.Optional;

/**
 * Which products a catalog page lists; an empty criterion does not filter.
 *
 * @param provider the content provider's own id
 * @param page     0-based
 */
public record CatalogFilter(Optional<String> provider, Optional<String> genre, Optional<String> offering, int page,
                            int size) {
}
