package io.marquee.organiser.entity;

import io.marquee.platform.entity.Auditable;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A tenant that sells events and titles. */
@Entity
@NamedQuery(name = Organiser.ALL, query = "select o from Organiser o order by o.name")
@NamedQuery(name = Organiser.BY_IDS, query = "select o from Organiser o where o.id in :ids order by o.name")
public class Organiser implements Auditable {

    public static final String ALL = "Organiser.all";
    public static final String BY_IDS = "Organiser.byIds";
    public static final BigDecimal DEFAULT_FEE_RATE = new BigDecimal("0.1100");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String slug;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "time_zone")
    private String timeZone = "UTC";

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    /** The platform's share of the payment volume: 0.11 is 11%. */
    @Column(name = "fee_rate")
    private BigDecimal feeRate = DEFAULT_FEE_RATE;

    @Column(name = "brand_color")
    private String brandColor = "#1f2a44";

    @Column(name = "accent_color")
    private String accentColor = "#f5b700";

    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Version
    private int version;

    protected Organiser() {
    }

    public Organiser(String name, String slug, String contactEmail, String timeZone) {
        this.name = name;
        this.slug = slug;
        this.contactEmail = contactEmail;
        this.timeZone = timeZone;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public BigDecimal getFeeRate() {
        return feeRate;
    }

    public void setFeeRate(BigDecimal feeRate) {
        this.feeRate = feeRate;
    }

    public String getBrandColor() {
        return brandColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    /** Colours as {@code #rrggbb}, lower case (the schema checks the form). */
    public void brand(String brandColor, String accentColor) {
        this.brandColor = brandColor;
        this.accentColor = accentColor;
    }

    public boolean hasLogo() {
        return logoContentType != null;
    }

    public byte[] getLogo() {
        return logo == null ? null : logo.clone();
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public void changeLogo(byte[] image, String contentType) {
        this.logo = image.clone();
        this.logoContentType = contentType;
    }

    /** Changes with every write: viewers' caches of the logo and colours key on it. */
    public int getVersion() {
        return version;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "name", name,
                "slug", slug,
                "contactEmail", contactEmail,
                "timeZone", timeZone,
                "feeRate", feeRate,
                "brandColor", brandColor,
                "accentColor", accentColor,
                "logo", logoContentType == null ? null : logoContentType + ", " + logo.length + " bytes");
    }
}
