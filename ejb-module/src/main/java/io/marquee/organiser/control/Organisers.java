package io.marquee.organiser.control;

import io.marquee.organiser.entity.Organiser;
import io.marquee.organiser.entity.OrganiserLogo;
import io.marquee.platform.control.AuditKey;
import io.marquee.platform.control.Audited;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.Violations;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Organisers, as far as the caller may see them. */
@Stateless
public class Organisers {

    @PersistenceContext
    EntityManager em;

    public List<Organiser> visible(OrganiserAccess access) {
        if (access.everyOrganiser()) {
            return em.createNamedQuery(Organiser.ALL, Organiser.class).getResultList();
        }
        if (access.organiserIds().isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Organiser.BY_IDS, Organiser.class)
                .setParameter("ids", List.copyOf(access.organiserIds())).getResultList();
    }

    private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/webp");
    public static final int MAX_LOGO_BYTES = 512 * 1024;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Organiser find(OrganiserAccess access, long id) {
        Organiser organiser = em.find(Organiser.class, id);
        if (organiser == null || !access.allows(id)) {
            throw new NotFound("organiser", id);
        }
        return organiser;
    }

    @Audited(value = "organiser.contact-changed", subject = Organiser.class)
    public Organiser changeContact(OrganiserAccess access, @AuditKey long id, String contactEmail) {
        Organiser organiser = find(access, id);
        organiser.setContactEmail(contactEmail);
        return organiser;
    }

    /** Colours as {@code #rrggbb}; they brand the viewer pages and the ticket email. */
    @Audited(value = "organiser.branding-changed", subject = Organiser.class)
    public Organiser changeBranding(OrganiserAccess access, @AuditKey long id, String brandColor, String accentColor) {
        Violations found = new Violations();
        colour("brandColor", brandColor, found);
        colour("accentColor", accentColor, found);
        if (!found.list().isEmpty()) {
            throw new InvalidInput(found.list());
        }
        Organiser organiser = find(access, id);
        organiser.brand(brandColor.toLowerCase(Locale.ROOT), accentColor.toLowerCase(Locale.ROOT));
        return organiser;
    }

    /**
     * PNG, JPEG or WebP only: an SVG could carry script onto the viewer pages. The bytes must be
     * what the declared type says, so the logo is always served as what it is.
     */
    @Audited(value = "organiser.logo-changed", subject = Organiser.class)
    public Organiser changeLogo(OrganiserAccess access, @AuditKey long id, byte[] image, String contentType) {
        if (!LOGO_TYPES.contains(contentType)) {
            throw new InvalidInput("logo", "content-type", "a logo is a PNG, JPEG or WebP image");
        }
        if (image == null || image.length == 0 || image.length > MAX_LOGO_BYTES) {
            throw new InvalidInput("logo", "size", "a logo has 1 to " + MAX_LOGO_BYTES / 1024 + " KiB");
        }
        if (!LogoImage.contentType(image).filter(contentType::equals).isPresent()) {
            throw new InvalidInput("logo", "content", "the file is not the " + contentType + " image it says it is");
        }
        Organiser organiser = find(access, id);
        organiser.changeLogo(image, contentType);
        return organiser;
    }

    /** What viewers see of any organiser: its name and branding. Not for tenant data. */
    public Organiser branding(long id) {
        return find(OrganiserAccess.all(), id);
    }

    /** The logo viewers load, when the organiser has one. */
    public Optional<OrganiserLogo> logo(long id) {
        Organiser organiser = em.find(Organiser.class, id);
        return organiser == null || !organiser.hasLogo() ? Optional.empty()
                : Optional.of(new OrganiserLogo(organiser.getLogo(), organiser.getLogoContentType()));
    }

    /** The platform's fee is the platform's business: only a platform admin changes it. */
    @Audited(value = "organiser.fee-changed", subject = Organiser.class)
    public Organiser changeFeeRate(OrganiserAccess access, @AuditKey long id, BigDecimal feeRate) {
        if (!access.everyOrganiser()) {
            throw new NotFound("organiser", id);
        }
        if (feeRate == null || feeRate.signum() < 0 || feeRate.compareTo(BigDecimal.ONE) >= 0 || feeRate.scale() > 4) {
            throw new InvalidInput("feeRate", "range", "a fee rate is from 0 to below 1 (0.11 is 11%), at most 4 decimals");
        }
        Organiser organiser = find(access, id);
        organiser.setFeeRate(feeRate);
        return organiser;
    }

    private static void colour(String field, String value, Violations found) {
        if (found.present(field, value) && !COLOUR.matcher(value).matches()) {
            found.add(field, "colour", "a colour is written #rrggbb, e.g. #1f2a44");
        }
    }

    /** Creates an organiser; the slug names it in URLs and must be unique. */
    @Audited("organiser.created")
    public Organiser create(String name, String slug, String contactEmail, String timeZone) {
        if (em.createQuery("select count(o) from Organiser o where o.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0) {
            throw new InvalidInput("slug", "unique", "an organiser with slug '" + slug + "' exists already");
        }
        Organiser organiser = new Organiser(name, slug, contactEmail, timeZone);
        em.persist(organiser);
        return organiser;
    }
}
