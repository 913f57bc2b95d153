package io.marquee.ordering.boundary;

import io.marquee.ordering.control.Ledger;
import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.boundary.ConsoleAccess;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An organiser's payout ledger: the balance per currency (gross, platform fee, net) and every entry. */
@Named
@ViewScoped
public class LedgerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Ledger ledger;

    @Inject
    transient Organisers organisers;

    @Inject
    transient ConsoleAccess access;

    private List<Organiser> visible;
    private Long organiserId;
    private List<Ledger.Balance> balances = List.of();
    private List<Ledger.Row> entries = List.of();

    @PostConstruct
    void load() {
        visible = organisers.visible(access.organisers());
        if (!visible.isEmpty()) {
            organiserId = visible.get(0).getId();
            show();
        }
    }

    public void show() {
        balances = ledger.balances(access.organisers(), organiserId);
        // the statement runs oldest first; the console shows the newest first, on the first page
        List<Ledger.Row> newestFirst = new ArrayList<>(ledger.entries(access.organisers(), organiserId));
        Collections.reverse(newestFirst);
        entries = newestFirst;
    }

    public List<Organiser> getOrganisers() {
        return visible;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public void setOrganiserId(Long organiserId) {
        this.organiserId = organiserId;
    }

    public List<Ledger.Balance> getBalances() {
        return balances;
    }

    public List<Ledger.Row> getEntries() {
        return entries;
    }
}
