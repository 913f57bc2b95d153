package io.marquee.ordering.boundary;

import io.marquee.ordering.control.Ledger;
import io.marquee.organiser.boundary.PerOrganiserPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An organiser's payout ledger: the balance per currency (gross, platform fee, net) and every entry. */
@Named
@ViewScoped
public class LedgerPage extends PerOrganiserPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Ledger ledger;

    private List<Ledger.Balance> balances = List.of();
    private List<Ledger.Row> entries = List.of();

    @Override
    public void show() {
        balances = ledger.balances(access.organisers(), organiserId);
        // the statement runs oldest first; the console shows the newest first, on the first page
        List<Ledger.Row> newestFirst = new ArrayList<>(ledger.entries(access.organisers(), organiserId));
        Collections.reverse(newestFirst);
        entries = newestFirst;
    }

    public List<Ledger.Balance> getBalances() {
        return balances;
    }

    public List<Ledger.Row> getEntries() {
        return entries;
    }
}
