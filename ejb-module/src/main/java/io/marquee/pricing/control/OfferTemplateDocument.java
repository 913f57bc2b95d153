package io.marquee.pricing.control;

import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.OfferTemplateDraft;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.TemplateHeader;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * An offer template document in either shape: the native one (ISO-8601, {@code tiers}) or the
 * seed's (epoch milliseconds with inclusive ends, {@code offerTiers}, {@code grantsReferences} or
 * {@code rightsReferences}, {@code isrestricted}).
 *
 * @param tiersField what the document calls its tiers, so errors point into what the client wrote
 */
public record OfferTemplateDocument(TemplateHeader header, OfferTemplateDraft draft, String tiersField) {

    private static final String NATIVE_TIERS = "tiers";

    /** @throws InvalidInput naming every field that is not even of the right shape */
    public static OfferTemplateDocument read(JsonObject json) {
        List<Violation> found = new ArrayList<>();
        LenientJson document = LenientJson.root(json, found);
        String tiersField = document.nameUsed(NATIVE_TIERS, "offerTiers");
        List<LenientJson> tiers = document.objects(tiersField);
        TemplateHeader header = new TemplateHeader(document.text("id"), document.text("description"),
                document.text("contentProviderId"), document.longValue("organiserId"),
                document.text("updatedByUser", "createdByUser"));
        OfferTemplateDraft draft = new OfferTemplateDraft(document.instant("contractStartDate", false),
                document.instant("contractEndDate", true), document.text("zone"), document.bool("isTaxIncluded"),
                document.text("taxCode"), tiers == null ? null : tiers.stream().map(OfferTemplateDocument::tier).toList());
        OfferTemplateDocument read = new OfferTemplateDocument(header, draft, tiersField);
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        return read;
    }

    /** A tier alone, as POSTed to a template's absolute-tiers. */
    public static OfferTierDraft readTier(JsonObject json) {
        List<Violation> found = new ArrayList<>();
        OfferTierDraft tier = tier(LenientJson.root(json, found));
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        return tier;
    }

    private static OfferTierDraft tier(LenientJson tier) {
        return new OfferTierDraft(tier.text("type"), tier.integer("order"), tier.integer("duration"),
                tier.text("durationUnits", "durationUnit"), tier.instant("absoluteStart", false),
                tier.instant("absoluteEnd", true), tier.prices("prices"), tier.text("restrictionType"),
                tier.bool("isRestricted"), tier.texts("grantsReferences", "rightsReferences"),
                tier.instant("createdAt", false));
    }

    /** The rules name tiers {@code tiers[i]}; a seed-shaped document calls them {@code offerTiers[i]}. */
    public InvalidInput inClientTerms(InvalidInput invalid) {
        if (NATIVE_TIERS.equals(tiersField)) {
            return invalid;
        }
        return new InvalidInput(invalid.violations().stream()
                .map(v -> new Violation(v.field().replaceFirst("^" + NATIVE_TIERS + "\\b", tiersField), v.rule(),
                        v.message()))
                .toList());
    }
}
