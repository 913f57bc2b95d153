package io.marquee.sales.boundary;

import io.marquee.organiser.boundary.PerOrganiserPage;
import io.marquee.sales.control.SalesReports;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** An organiser's sales by day and by traffic source over the last weeks, with CSV downloads. */
@Named
@ViewScoped
public class SalesReportsPage extends PerOrganiserPage {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 30;

    @Inject
    transient SalesReports reports;

    private List<SalesReports.Row> byDay = List.of();
    private List<SalesReports.Row> bySource = List.of();

    @Override
    public void show() {
        byDay = reports.report(access.organisers(), organiserId, SalesReports.By.DAY, DAYS);
        bySource = reports.report(access.organisers(), organiserId, SalesReports.By.SOURCE, DAYS);
    }

    public int getDays() {
        return DAYS;
    }

    public List<SalesReports.Row> getByDay() {
        return byDay;
    }

    public List<SalesReports.Row> getBySource() {
        return bySource;
    }
}
