package io.marquee.sales.boundary;

import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.control.NotFound;
import io.marquee.sales.control.SalesReports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;

/**
 * The console's sales report CSV, {@code /console/sales-report.csv?organiser=<id>&by=day|source}: behind
 * the console login and scoped to the user's organisers (another tenant's id answers 404).
 */
@WebServlet("/console/sales-report.csv")
public class SalesReportDownload extends HttpServlet {

    @Inject
    SalesReports reports;

    @Inject
    ConsoleAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long organiserId;
        SalesReports.By by;
        StringWriter csv = new StringWriter();
        try {
            organiserId = Long.parseLong(request.getParameter("organiser"));
            by = SalesReports.By.valueOf(String.valueOf(request.getParameter("by")).toUpperCase(Locale.ROOT));
            reports.writeCsv(access.organisers(), organiserId, by, SalesReportsPage.DAYS, csv);
        } catch (IllegalArgumentException | NotFound unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sales-by-" + by.name().toLowerCase(Locale.ROOT)
                + "-" + organiserId + ".csv\"");
        response.getWriter().write(csv.toString());
    }
}
