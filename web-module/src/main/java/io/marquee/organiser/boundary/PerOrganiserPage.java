package io.marquee.organiser.boundary;

import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.boundary.ConsoleAccess;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;

/**
 * A console page that shows one organiser's figures at a time (the ledger, the sales reports): the
 * organisers the admin may see, the one chosen (the first, at first), and {@link #show()} to load its
 * figures whenever the choice changes.
 */
public abstract class PerOrganiserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected transient Organisers organisers;

    @Inject
    protected transient ConsoleAccess access;

    private List<Organiser> visible;
    protected Long organiserId;

    @PostConstruct
    void load() {
        visible = organisers.visible(access.organisers());
        if (!visible.isEmpty()) {
            organiserId = visible.get(0).getId();
            show();
        }
    }

    /** Loads the chosen organiser's figures. */
    public abstract void show();

    public List<Organiser> getOrganisers() {
        return visible;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public void setOrganiserId(Long organiserId) {
        this.organiserId = organiserId;
    }
}
