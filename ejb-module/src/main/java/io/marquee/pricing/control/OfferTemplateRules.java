package io.marquee.pricing.control;

import io.marquee.platform.control.Violations;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.OfferTemplateDraft;
import io.marquee.pricing.entity.OfferTemplateTerms;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.TierType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Checks an offer template as a client wrote it and turns a valid one into {@link OfferTemplateTerms}.
 * Field paths follow the client's document: {@code contractEndDate}, {@code tiers[1].prices.GBP}.
 */
public class OfferTemplateRules {

    private final OfferTierRules tierRules = new OfferTierRules();

    public List<Violation> violations(OfferTemplateDraft template) {
        Violations found = new Violations();
        checkContract(template, found);
        found.known("zone", template.zone(), zone(template.zone()), "the IANA time-zone names");
        found.present("isTaxIncluded", template.isTaxIncluded());
        found.present("taxCode", template.taxCode());
        checkTiers(template.tiers(), found);
        return found.list();
    }

    /**
     * @param now stamped as createdAt on tiers that do not have one yet (tiers added by this edit)
     * @throws InvalidInput listing every violation when the template is not valid
     */
    public OfferTemplateTerms toTerms(OfferTemplateDraft template, Instant now) {
        List<Violation> violations = violations(template);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new OfferTemplateTerms(zone(template.zone()).orElseThrow(), template.isTaxIncluded(),
                template.taxCode(), template.tiers().stream().map(tier -> tierRules.toTier(tier, now)).toList());
    }

    private void checkContract(OfferTemplateDraft template, Violations found) {
        boolean hasStart = found.present("contractStartDate", template.contractStartDate());
        boolean hasEnd = found.present("contractEndDate", template.contractEndDate());
        if (hasStart && hasEnd && !template.contractStartDate().isBefore(template.contractEndDate())) {
            found.add("contractEndDate", "before-end", "the contract must start before it ends");
        }
    }

    private void checkTiers(List<OfferTierDraft> tiers, Violations found) {
        if (!found.present("tiers", tiers)) {
            return;
        }
        if (tiers.isEmpty()) {
            found.add("tiers", "not-empty", "a template needs at least one tier");
        }
        IntStream.range(0, tiers.size()).forEach(i -> tierRules.check(tiers.get(i), tierPath(i), found));
        checkOrders(tiers, found);
    }

    /** Precedent orders must be exactly 1..n, each once, so the chain has neither gaps nor forks. */
    private void checkOrders(List<OfferTierDraft> tiers, Violations found) {
        List<Integer> precedent = IntStream.range(0, tiers.size())
                .filter(i -> TierType.fromWireName(tiers.get(i).type()).orElse(null) == TierType.PRECEDENT)
                .filter(i -> tiers.get(i).order() != null)
                .boxed()
                .toList();
        Set<Integer> seen = new HashSet<>();
        for (int i : precedent) {
            int order = tiers.get(i).order();
            if (!seen.add(order)) {
                found.add(tierPath(i) + ".order", "unique", "order " + order + " is used by another tier");
            } else if (order < 1 || order > precedent.size()) {
                found.add(tierPath(i) + ".order", "contiguous",
                        "orders must run 1.." + precedent.size() + " without gaps, was " + order);
            }
        }
    }

    private static String tierPath(int index) {
        return "tiers[" + index + "]";
    }

    private static Optional<ZoneId> zone(String name) {
        if (name == null) {
            return Optional.of(ZoneOffset.UTC);
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
