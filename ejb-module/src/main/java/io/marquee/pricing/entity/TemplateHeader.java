package io.marquee.pricing.entity;

/**
 * What a template document says besides its pricing terms.
 *
 * @param reference         the client's id of the template ("2851234"); products name it
 * @param contentProviderId the provider's own id ("5112")
 * @param organiserId       whose template it is; may be omitted when the caller acts for one organiser
 * @param byUser            the client's user who wrote it ("gauss/12345"), for the record
 */
public record TemplateHeader(String reference, String description, String contentProviderId, Long organiserId,
                             String byUser) {
}
