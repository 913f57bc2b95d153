package io.marquee.pricing.entity;

import io.marquee.platform.entity.Auditable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sellable title (TVOD rental): catalog metadata, its terms, and the tiers materialised from its template. */
@Entity
@Table(name = "product")
public class Product extends Revised implements Auditable {

    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_template_id")
    private OfferTemplate template;

    @Column(name = "editorial_ref")
    private String editorialRef;

    private String title;

    private String genre;

    @Column(name = "media_id")
    private String mediaId;

    @ElementCollection
    @CollectionTable(name = "product_media_file", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    private List<MediaFile> mediaFiles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_offering", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "offering")
    private Set<String> offerings = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "product_scode", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "scode")
    private Set<String> scodes = new LinkedHashSet<>();

    @Column(name = "parent_identifier")
    private String parentIdentifier;

    @Column(name = "license_start")
    private Instant licenseStart;

    @Column(name = "license_end")
    private Instant licenseEnd;

    @Column(name = "offer_start")
    private Instant offerStart;

    @Column(name = "offer_end")
    private Instant offerEnd;

    @Column(name = "rental_duration")
    private int rentalDuration;

    @Column(name = "rental_unit")
    private String rentalUnit;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("start")
    private List<MaterialisedTier> tiers = new ArrayList<>();

    /** The template version the tiers were made from; behind the template's, propagation re-makes them. */
    @Column(name = "template_version")
    private int templateVersion;

    protected Product() {
    }

    public Product(OfferTemplate template, String editorialRef, Instant now) {
        super(now);
        this.template = template;
        this.editorialRef = editorialRef;
    }

    public void describe(ProductListing listing, ProductTerms terms, Instant now) {
        this.title = listing.title();
        this.genre = listing.genre();
        this.mediaId = listing.mediaId();
        replace(mediaFiles, listing.mediaFiles());
        replace(offerings, listing.offerings());
        replace(scodes, listing.scodes());
        this.parentIdentifier = listing.parentIdentifier();
        this.licenseStart = terms.licenseStart();
        this.licenseEnd = terms.licenseEnd();
        this.offerStart = terms.offerStart();
        this.offerEnd = terms.offerEnd();
        this.rentalDuration = terms.rentalDuration();
        this.rentalUnit = terms.rentalUnit().wireName();
        revisedAt(now);
    }

    private static <T> void replace(Collection<T> current, List<T> wanted) {
        current.clear();
        current.addAll(wanted);
    }

    public ProductTerms terms() {
        return new ProductTerms(offerStart, offerEnd, licenseStart, licenseEnd, rentalDuration,
                DurationUnit.fromWireName(rentalUnit).orElseThrow());
    }

    /** The tiers are dropped first; the caller flushes before {@link #materialise} adds the new ones. */
    public void dropTiers() {
        tiers.clear();
    }

    public void materialise(PricingPlan plan) {
        plan.tiers().forEach(tier -> tiers.add(new MaterialisedTier(this, tier)));
        templateVersion = template.getVersion();
    }

    /** The plan as stored: what quotes are priced from, without expanding the template again. */
    public PricingPlan plan() {
        OfferTemplateTerms templateTerms = template.terms();
        return new PricingPlan(terms(), templateTerms.zone(), templateTerms.taxIncluded(), templateTerms.taxCode(),
                tiers.stream().map(MaterialisedTier::toProductTier).toList());
    }

    public OfferTemplate getTemplate() {
        return template;
    }

    public String getEditorialRef() {
        return editorialRef;
    }

    public String getTitle() {
        return title;
    }

    public String getGenre() {
        return genre;
    }

    public String getMediaId() {
        return mediaId;
    }

    public List<MediaFile> getMediaFiles() {
        return List.copyOf(mediaFiles);
    }

    public List<String> getOfferings() {
        return List.copyOf(offerings);
    }

    public List<String> getScodes() {
        return List.copyOf(scodes);
    }

    public String getParentIdentifier() {
        return parentIdentifier;
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "editorialRef", editorialRef,
                "title", title,
                "offerTemplate", template.getReference(),
                "offer", offerStart + " .. " + offerEnd,
                "license", licenseStart + " .. " + licenseEnd,
                "rental", rentalDuration + " " + rentalUnit);
    }
}
