package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One encoding of a product's media, e.g. HD video as HLS. */
@Embeddable
public class MediaFile {

    @Column(name = "encoding_profile")
    private String encodingProfile;

    private String type;

    private String format;

    protected MediaFile() {
    }

    public MediaFile(String encodingProfile, String type, String format) {
        this.encodingProfile = encodingProfile;
        this.type = type;
        this.format = format;
    }

    public String getEncodingProfile() {
        return encodingProfile;
    }

    public String getType() {
        return type;
    }

    public String getFormat() {
        return format;
    }
}
