package io.marquee.pricing.control;

import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.pricing.entity.DurationUnit;
import io.marquee.pricing.entity.MediaFile;
import io.marquee.pricing.entity.OfferTemplateDraft;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.ProductListing;
import io.marquee.pricing.entity.ProductTerms;
import io.marquee.pricing.entity.TemplateHeader;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seed's worked example as demo data: template 2851234 (with its Absolute tier) and "Finding Nemo"
 * (its offer ended in 2020); and a title on sale from the day the demo is loaded, for a year, that a
 * new user can rent end to end.
 */
@Stateless
public class PricingDemo {

    private static final List<String> GRANTS = List.of("10112");

    @Inject
    OfferTemplates templates;

    @Inject
    Products products;

    public void load(long organiserId) {
        OrganiserAccess access = OrganiserAccess.only(Set.of(organiserId));
        templates.create(access, new TemplateHeader("2851234", "Template for Disney Kids 1-5", "5112", organiserId,
                "gauss/12345"), new OfferTemplateDraft(Instant.parse("2020-03-01T00:00:00Z"),
                Instant.parse("2020-07-15T00:00:00Z"), null, true, "taxCode12345", List.of(
                precedent(1, 1, "1.99", "restricted"),
                precedent(2, 2, "2.99", "restricted"),
                precedent(3, 1, "0.99", "adjustRentalDuration"),
                new OfferTierDraft("Absolute", null, null, null, Instant.parse("2020-05-14T00:00:00Z"),
                        Instant.parse("2020-05-21T00:00:00Z"), gbp("1.50"), "restricted", false, GRANTS, null))));
        products.ingest(access, new ProductListing("XXA1149520", "2851234", "Finding Nemo", "film", "2602559",
                        List.of(new MediaFile("HD", "video", "MPEG-2TS"), new MediaFile("HD", "video", "HLS")),
                        List.of("TVOD"), List.of(), null),
                new ProductTerms(Instant.parse("2020-03-01T00:00:00Z"), Instant.parse("2020-07-15T00:00:00Z"),
                        Instant.parse("2020-03-01T00:00:00Z"), Instant.parse("2020-07-15T00:00:00Z"), 336,
                        DurationUnit.HOUR));
    }

    /** "Northern Lights: the film", rentable for 48 hours at 3.99 GBP or 4.49 EUR (template DEMO-RENTAL). */
    public void loadRentable(long organiserId, Instant now) {
        OrganiserAccess access = OrganiserAccess.only(Set.of(organiserId));
        Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        Instant end = start.plus(Duration.ofDays(366));
        templates.create(access, new TemplateHeader("DEMO-RENTAL", "Documentaries, one price for a year", "5112",
                organiserId, "demo"), new OfferTemplateDraft(start, end, null, true, "GBR-VAT", List.of(
                new OfferTierDraft("Precedent", 1, 12, "month", null, null,
                        Map.of("GBP", new BigDecimal("3.99"), "EUR", new BigDecimal("4.49")), null, false,
                        List.of("hd", "download-none"), null))));
        products.ingest(access, new ProductListing("NL-FILM-1", "DEMO-RENTAL", "Northern Lights: the film", "documentary",
                        "nl-film-1", List.of(new MediaFile("HD", "video", "HLS")), List.of("TVOD"), List.of(), null),
                new ProductTerms(start, end, start, end, 48, DurationUnit.HOUR));
    }

    private static OfferTierDraft precedent(int order, int months, String gbp, String restriction) {
        return new OfferTierDraft("Precedent", order, months, "month", null, null, gbp(gbp), restriction, false, GRANTS,
                null);
    }

    private static Map<String, BigDecimal> gbp(String amount) {
        return Map.of("GBP", new BigDecimal(amount));
    }
}
