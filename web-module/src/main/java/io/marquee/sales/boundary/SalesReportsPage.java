package io.marquee.sales.boundary;

import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.sales.control.SalesReports;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** An organiser's sales by day and by traffic source over the last weeks, with CSV downloads. */
@Named
@ViewScoped
public class SalesReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 30;

    @Inject
    transient SalesReports reports;

    @Inject
    transient Organisers organisers;

    @Inject
    transient ConsoleAccess access;

    private List<Organiser> visible;
    private Long organiserId;
    private List<SalesReports.Row> byDay = List.of();
    private List<SalesReports.Row> bySource = List.of();

    @PostConstruct
    void load() {
        visible = organisers.visible(access.organisers());
        if (!visible.isEmpty()) {
            organiserId = visible.get(0).getId();
            show();
        }
    }

    public void show() {
        byDay = reports.report(access.organisers(), organiserId, SalesReports.By.DAY, DAYS);
        bySource = reports.report(access.organisers(), organiserId, SalesReports.By.SOURCE, DAYS);
    }

    public int getDays() {
        return DAYS;
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

    public List<SalesReports.Row> getByDay() {
        return byDay;
    }

    public List<SalesReports.Row> getBySource() {
        return bySource;
    }
}
