package io.marquee.pricing.control;

import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.MediaFile;
import io.marquee.pricing.entity.ProductListing;
import io.marquee.pricing.entity.ProductTerms;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A product as the metadata processor publishes it, in the native or the seed's shape. */
public record ProductDocument(ProductListing listing, ProductTerms terms) {

    /** @throws InvalidInput naming every field that is missing or not of the right shape */
    public static ProductDocument read(JsonObject json) {
        List<Violation> found = new ArrayList<>();
        LenientJson document = LenientJson.root(json, found);
        LenientJson media = document.object("media");
        List<LenientJson> files = Optional.ofNullable(media.objects(media.nameUsed("mediaFiles", "files")))
                .orElse(List.of());
        ProductListing listing = new ProductListing(document.text("editorialRef"), document.text("offerTemplateId"),
                document.text("title"), document.text("genre"), media.text("id"),
                files.stream().map(file -> new MediaFile(file.text("encodingProfile"), file.text("type"),
                        file.text("format"))).toList(),
                document.texts("offerings"), document.texts("scodes"), document.text("parentIdentifier"));
        Instant offerStart = document.required("offerStartDate", document.instant("offerStartDate", false));
        Instant offerEnd = document.required("offerEndDate", document.instant("offerEndDate", true));
        Instant licenseStart = document.required("licenseStartDate", document.instant("licenseStartDate", false));
        Instant licenseEnd = document.required("licenseEndDate", document.instant("licenseEndDate", true));
        Integer rentalDuration = document.required("rentalDuration", document.integer("rentalDuration"));
        String unitName = document.required("durationUnits", document.text("durationUnits"));
        Optional<DurationUnit> unit = DurationUnit.fromWireName(unitName);
        if (unitName != null && unit.isEmpty()) {
            found.add(new Violation("durationUnits", "known", "'" + unitName + "' is not one of hour, day, week, month"));
        }
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        return new ProductDocument(listing, new ProductTerms(offerStart, offerEnd, licenseStart, licenseEnd,
                rentalDuration, unit.orElseThrow()));
    }
}
