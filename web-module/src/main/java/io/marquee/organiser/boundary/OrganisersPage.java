package io.marquee.organiser.boundary;

import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An organiser's branding (colours, logo) and the platform's fee rate on its sales. Platform
 * admins see every organiser and set fee rates; an organiser admin sees their own, the fee read-only.
 */
@Named
@ViewScoped
public class OrganisersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    transient Organisers organisers;

    @Inject
    transient ConsoleAccess access;

    private List<Organiser> visible;
    private Organiser selected;
    private String brandColor;
    private String accentColor;
    private BigDecimal feePercent;
    private transient UploadedFile logo;

    @PostConstruct
    void load() {
        visible = organisers.visible(access.organisers());
        if (!visible.isEmpty()) {
            show(visible.get(0));
        }
    }

    private void show(Organiser organiser) {
        selected = organiser;
        brandColor = organiser.getBrandColor();
        accentColor = organiser.getAccentColor();
        feePercent = organiser.getFeeRate().multiply(HUNDRED).stripTrailingZeros();
        if (feePercent.scale() < 0) {
            feePercent = feePercent.setScale(0);
        }
    }

    public void choose(Organiser organiser) {
        show(organisers.find(access.organisers(), organiser.getId()));
    }

    public void saveBranding() {
        try {
            show(organisers.changeBranding(access.organisers(), selected.getId(), brandColor, accentColor));
            ConsoleMessages.info("Saved the branding of " + selected.getName() + ".");
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, field -> Optional.of("branding:" + field));
        }
    }

    public void uploadLogo() {
        try {
            if (logo == null || logo.getSize() == 0) {
                throw new InvalidInput("logo", "required", "choose a PNG, JPEG or WebP file");
            }
            show(organisers.changeLogo(access.organisers(), selected.getId(), logo.getContent(), logo.getContentType()));
            ConsoleMessages.info("The new logo of " + selected.getName() + " is on its event pages.");
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, field -> Optional.of("logoForm:" + field));
        }
    }

    /** The percent is written as people say it (11 or 12.5); the rate is stored as a fraction. */
    public void saveFee() {
        try {
            BigDecimal rate = feePercent == null ? null : feePercent.movePointLeft(2);
            show(organisers.changeFeeRate(access.organisers(), selected.getId(), rate));
            ConsoleMessages.info("The platform fee of " + selected.getName() + " is now " + feePercent.toPlainString()
                    + " % of its sales.");
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, field -> Optional.of("fee:feePercent"));
        }
    }

    public String logoPath() {
        return OrganiserLogoResource.pathOf(selected);
    }

    public int getMaxLogoKib() {
        return Organisers.MAX_LOGO_BYTES / 1024;
    }

    public List<Organiser> getOrganisers() {
        return visible;
    }

    public Organiser getSelected() {
        return selected;
    }

    public String getBrandColor() {
        return brandColor;
    }

    public void setBrandColor(String brandColor) {
        this.brandColor = brandColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public BigDecimal getFeePercent() {
        return feePercent;
    }

    public void setFeePercent(BigDecimal feePercent) {
        this.feePercent = feePercent;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }
}
