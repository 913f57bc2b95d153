package io.marquee.ordering.boundary;

import io.marquee.ordering.control.Ledger;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.control.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;

/**
 * The console's ledger CSV download, {@code /console/ledger.csv?organiser=<id>}: behind the console
 * login (web.xml guards /console/*) and scoped to the user's organisers like every console page.
 */
@WebServlet("/console/ledger.csv")
public class LedgerDownload extends HttpServlet {

    @Inject
    Ledger ledger;

    @Inject
    ConsoleAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long organiserId;
        try {
            organiserId = Long.parseLong(request.getParameter("organiser"));
        } catch (NumberFormatException unreadable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // written in full first: another tenant's id answers 404, never half a file
        StringWriter csv = new StringWriter();
        try {
            ledger.writeCsv(access.organisers(), organiserId, csv);
        } catch (NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger-" + organiserId + ".csv\"");
        response.getWriter().write(csv.toString());
    }
}
