package io.marquee.pricing.boundary;

import io.marquee.pricing.entity.PricingPlan;
import io.marquee.pricing.entity.ProductTier;
import io.marquee.pricing.entity.RestrictionType;
import io.marquee.pricing.entity.TierTerms;
import io.marquee.pricing.entity.TierType;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * A product's materialised tiers as a Chart.js horizontal floating-bar chart: time (epoch
 * milliseconds, UTC) on the x axis, one bar per tier labelled with its name and price, Absolute tiers
 * in their own colour. {@code resources/js/tier-timeline.js} formats the axis and draws the purchase
 * cutoff and licence end that the config names under {@code plugins.timelineMarkers}.
 */
final class TierTimeline {

    private static final String PRECEDENT_COLOUR = "#3b6fd6";
    private static final String ABSOLUTE_COLOUR = "#e8891c";
    private static final String CUTOFF_COLOUR = "#c62828";
    private static final String LICENCE_END_COLOUR = "#1d2433";
    private static final int TICKS = 12;

    private TierTimeline() {
    }

    static String chartJson(PricingPlan plan) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        plan.tiers().forEach(tier -> labels.add(label(tier)));
        Instant from = plan.product().saleStart();
        Instant to = plan.product().licenseEnd().isAfter(plan.product().offerEnd())
                ? plan.product().licenseEnd() : plan.product().offerEnd();
        JsonObjectBuilder config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset(plan, TierType.PRECEDENT, "Precedent tiers", PRECEDENT_COLOUR))
                        .add(dataset(plan, TierType.ABSOLUTE, "Absolute tiers (override)", ABSOLUTE_COLOUR))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("layout", Json.createObjectBuilder().add("padding", Json.createObjectBuilder().add("top", 34)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("type", "linear")
                                .add("min", from.toEpochMilli())
                                .add("max", to.toEpochMilli())
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "UTC"))
                                .add("ticks", Json.createObjectBuilder().add("stepSize", stepMillis(from, to)))))
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                                .add("timelineMarkers", Json.createObjectBuilder().add("markers", Json.createArrayBuilder()
                                        .add(marker("Purchase cutoff", plan.purchaseCutoff(), CUTOFF_COLOUR))
                                        .add(marker("Licence end", plan.product().licenseEnd(), LICENCE_END_COLOUR))))));
        // the config is written into a script element: no "</script>" may come out of a label
        return config.build().toString().replace("<", "\\u003c");
    }

    /** "P1 1.99 GBP, 2.29 EUR", and what a restricting tier does instead of selling. */
    static String label(ProductTier tier) {
        TierTerms terms = tier.terms();
        String prices = terms.prices().entrySet().stream()
                .map(price -> price.getValue().toPlainString() + " " + price.getKey().getCurrencyCode())
                .collect(Collectors.joining(", "));
        String restriction = terms.restrictionType() == RestrictionType.COMING_SOON ? " (coming soon)"
                : terms.restricted() ? " (blackout)" : "";
        return tier.label() + " " + prices + restriction;
    }

    private static JsonObjectBuilder dataset(PricingPlan plan, TierType type, String name, String colour) {
        JsonArrayBuilder bars = Json.createArrayBuilder();
        plan.tiers().stream().filter(tier -> tier.type() == type).forEach(tier -> bars.add(Json.createObjectBuilder()
                .add("x", Json.createArrayBuilder().add(tier.start().toEpochMilli()).add(tier.end().toEpochMilli()))
                .add("y", label(tier))));
        return Json.createObjectBuilder().add("label", name).add("data", bars).add("backgroundColor", colour)
                .add("grouped", false).add("barPercentage", 0.7).add("borderRadius", 3);
    }

    private static JsonObjectBuilder marker(String name, Instant at, String colour) {
        return Json.createObjectBuilder().add("label", name).add("at", at.toEpochMilli()).add("color", colour);
    }

    /** About {@value #TICKS} ticks across the window: whole days, or whole weeks once a step is a week or more. */
    private static long stepMillis(Instant from, Instant to) {
        long days = Math.max(1, Duration.between(from, to).toDays() / TICKS);
        return Duration.ofDays(days < 7 ? days : days / 7 * 7).toMillis();
    }
}
