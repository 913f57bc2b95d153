package io.marquee.organiser.entity;

/** An organiser's logo as served to viewers: the image and the content type its bytes were checked to be. */
public record OrganiserLogo(byte[] image, String contentType) {
}
