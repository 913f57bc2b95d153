package io.marquee.organiser.boundary;

import io.marquee.organiser.entity.Organiser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How viewer pages wear an organiser's branding: its colours as CSS custom properties, its logo. */
@Named
@ApplicationScoped
public class ViewerBranding {

    /** The colours are #rrggbb (the schema checks it), so nothing else can get into the style. */
    public String style(Organiser organiser) {
        return "--mq-brand:" + organiser.getBrandColor() + ";--mq-accent:" + organiser.getAccentColor();
    }

    /** The logo's address, or null without a logo. */
    public String logoPath(Organiser organiser) {
        return organiser.hasLogo() ? OrganiserLogoResource.pathOf(organiser) : null;
    }
}
