package io.marquee.pricing.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a buyer would pay and get at a moment.
 *
 * @param grantsReferences rights the buyer receives; a DRM licence server asks for them at playback
 * @param rentalEnd        end of the rental, already capped at the licence end
 */
public record Purchase(Price price, List<String> grantsReferences, Instant rentalEnd) {

    public Purchase {
        Objects.requireNonNull(price, "price");
        grantsReferences = List.copyOf(grantsReferences);
        Objects.requireNonNull(rentalEnd, "rentalEnd");
    }
}
