package io.marquee.entitlement.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The link in the ticket email, {@code /tickets/<ticket id>}: shows the ticket's waiting page and player. */
@WebServlet("/tickets/*")
public class TicketLinks extends HttpServlet {

    private static final Pattern TOKEN = Pattern.compile("/([A-Za-z0-9_-]{16,64})/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Matcher token = TOKEN.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!token.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/viewer/ticket.xhtml?t=" + token.group(1)).forward(request, response);
    }
}
