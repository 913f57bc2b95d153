package io.marquee.pricing.entity;

import java.util.List;

/**
 * A product's catalog metadata as the metadata processor sends it, beside its {@link ProductTerms}.
 *
 * @param editorialRef     the editorial version of the title; with the template it identifies the product
 * @param offerTemplateId  the template's reference ("2851234")
 * @param parentIdentifier the collection or series the title belongs to, if any
 */
public record ProductListing(String editorialRef, String offerTemplateId, String title, String genre, String mediaId,
                             List<MediaFile> mediaFiles, List<String> offerings, List<String> scodes,
                             String parentIdentifier) {

    public ProductListing {
        mediaFiles = List.copyOf(mediaFiles);
        offerings = List.copyOf(offerings);
        scodes = List.copyOf(scodes);
    }
}
