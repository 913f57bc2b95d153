package io.marquee.pricing.boundary;

import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.control.OfferTemplates;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.OfferTemplate;
import io.marquee.pricing.entity.OfferTemplateDraft;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.RestrictionType;
import io.marquee.pricing.entity.TemplateHeader;
import io.marquee.pricing.entity.TemplateTier;
import io.marquee.pricing.entity.TierType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Edits an offer template's tiers. Saving goes through {@link OfferTemplates#update}, so the API's
 * rules apply and the template's products are re-priced in the same transaction; a broken rule is
 * shown next to the field its path names, and nothing is saved.
 */
@Named
@ViewScoped
public class TemplatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code tiers[1].duration}, {@code tiers[0].prices.GBP}: the tier's index and its field. */
    private static final Pattern TIER_FIELD = Pattern.compile("tiers\\[(\\d+)]\\.(\\w+).*");
    private static final Set<String> TIER_INPUTS = Set.of("order", "duration", "durationUnits", "absoluteStart",
            "absoluteEnd", "prices", "restrictionType");
    /** The document's names that the editor's inputs spell otherwise. */
    private static final Map<String, String> RENAMED_INPUTS = Map.of("isRestricted", "restricted",
            "grantsReferences", "grants");

    @Inject
    transient OfferTemplates templates;

    @Inject
    transient ConsoleAccess access;

    private Long id;
    private OfferTemplate template;
    private List<TierRow> tiers = new ArrayList<>();

    public void load() {
        try {
            show(templates.find(access.organisers(), id));
        } catch (NotFound missing) {
            ConsoleMessages.error("There is no offer template " + id + " that you can see.");
        }
    }

    private void show(OfferTemplate shown) {
        template = shown;
        tiers = new ArrayList<>(shown.getTiers().stream().map(TemplateTier::toDraft).map(TierRow::of).toList());
    }

    public void addPrecedentTier() {
        tiers.add(TierRow.added(TierType.PRECEDENT, (int) tiers.stream().filter(TierRow::isPrecedent).count() + 1));
    }

    public void addAbsoluteTier() {
        tiers.add(TierRow.added(TierType.ABSOLUTE, 0));
    }

    public void removeTier(int index) {
        tiers.remove(index);
    }

    public void save() {
        List<Violation> unreadable = new ArrayList<>();
        List<OfferTierDraft> drafts = IntStream.range(0, tiers.size())
                .mapToObj(i -> tiers.get(i).draft("tiers[" + i + "]", unreadable)).toList();
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidInput(unreadable);
            }
            OfferTemplateDraft current = template.draft();
            show(templates.update(access.organisers(), template.getId(), new TemplateHeader(template.getReference(),
                    template.getDescription(), template.getProvider().getExternalId(), template.getOrganiserId(),
                    access.username()), new OfferTemplateDraft(current.contractStartDate(), current.contractEndDate(),
                    current.zone(), current.isTaxIncluded(), current.taxCode(), drafts)));
            ConsoleMessages.info("Saved. Every product made from this template is priced by the new tiers.");
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, this::inputFor);
            ConsoleMessages.error("Nothing was saved: correct the marked fields.");
        }
    }

    /** The client id of the editor's input for a field path, as the form below lays the tiers out. */
    private Optional<String> inputFor(String field) {
        Matcher tierField = TIER_FIELD.matcher(field);
        if (!tierField.matches()) {
            return Optional.empty();
        }
        String name = RENAMED_INPUTS.getOrDefault(tierField.group(2), tierField.group(2));
        return TIER_INPUTS.contains(name) || RENAMED_INPUTS.containsValue(name)
                ? Optional.of("template:tiers:" + tierField.group(1) + ":" + name) : Optional.empty();
    }

    public DurationUnit[] getDurationUnits() {
        return DurationUnit.values();
    }

    public RestrictionType[] getRestrictionTypes() {
        return RestrictionType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OfferTemplate getTemplate() {
        return template;
    }

    public List<TierRow> getTiers() {
        return tiers;
    }
}
