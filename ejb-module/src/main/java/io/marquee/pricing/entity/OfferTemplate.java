package io.marquee.pricing.entity;

import io.marquee.platform.entity.Auditable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A pricing plan negotiated with a content provider; products are priced from it. */
@Entity
@Table(name = "offer_template")
public class OfferTemplate extends Revised implements Auditable {

    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "content_provider_id")
    private ContentProvider provider;

    /** Copied from the provider (the schema keeps both equal) so tenancy filters need no join. */
    @Column(name = "organiser_id")
    private long organiserId;

    private String description;

    @Column(name = "contract_start")
    private Instant contractStart;

    @Column(name = "contract_end")
    private Instant contractEnd;

    private String zone;

    @Column(name = "tax_included")
    private boolean taxIncluded;

    @Column(name = "tax_code")
    private String taxCode;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_by")
    private String updatedBy;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateTier> tiers = new ArrayList<>();

    protected OfferTemplate() {
    }

    public OfferTemplate(String reference, ContentProvider provider, Instant now, String byUser) {
        super(now);
        this.reference = reference;
        this.provider = provider;
        this.organiserId = provider.getOrganiserId();
        this.createdBy = byUser;
    }

    /** Replaces everything the document says; tiers are replaced whole (they keep their createdAt). */
    public void write(String description, OfferTemplateDraft draft, OfferTemplateTerms terms, Instant now,
                      String byUser) {
        this.description = description;
        this.contractStart = draft.contractStartDate();
        this.contractEnd = draft.contractEndDate();
        this.zone = terms.zone().getId();
        this.taxIncluded = terms.taxIncluded();
        this.taxCode = terms.taxCode();
        revisedAt(now);
        this.updatedBy = byUser;
        tiers.clear();
        for (OfferTier tier : terms.tiers()) {
            tiers.add(new TemplateTier(this, tiers.size(), tier));
        }
    }

    /** A template is always owned by its provider's organiser; the caller picks a provider of the same one. */
    public void moveTo(ContentProvider provider) {
        if (provider.getOrganiserId() != organiserId) {
            throw new IllegalArgumentException("provider " + provider.getExternalId() + " belongs to another organiser");
        }
        this.provider = provider;
    }

    public OfferTemplateTerms terms() {
        return new OfferTemplateTerms(ZoneId.of(zone), taxIncluded, taxCode,
                tiers.stream().map(TemplateTier::toOfferTier).toList());
    }

    /** The template as its client would send it again, to re-check it whole after an edit. */
    public OfferTemplateDraft draft() {
        return new OfferTemplateDraft(contractStart, contractEnd, zone, taxIncluded, taxCode,
                tiers.stream().map(TemplateTier::toDraft).toList());
    }

    public String getReference() {
        return reference;
    }

    public ContentProvider getProvider() {
        return provider;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public String getDescription() {
        return description;
    }

    public Instant getContractStart() {
        return contractStart;
    }

    public Instant getContractEnd() {
        return contractEnd;
    }

    public String getZone() {
        return zone;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<TemplateTier> getTiers() {
        return List.copyOf(tiers);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "reference", reference,
                "contentProviderId", provider.getExternalId(),
                "description", description,
                "contract", contractStart + " .. " + contractEnd,
                "taxIncluded", taxIncluded,
                "taxCode", taxCode,
                "tiers", tiers.stream().map(TemplateTier::auditState).toList());
    }
}
