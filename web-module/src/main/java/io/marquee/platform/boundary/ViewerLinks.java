package io.marquee.platform.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses viewers share, {@code /events/<publicId>} and {@code /orders/<publicId>}: they show
 * the viewer's Faces pages. Anything that cannot be a public id is not found without asking the database.
 */
@WebServlet({"/events/*", "/orders/*"})
public class ViewerLinks extends HttpServlet {

    private static final Pattern PUBLIC_ID = Pattern.compile("/([A-Za-z0-9_-]{1,64})/?");
    private static final Map<String, String> PAGES = Map.of("/events", "/viewer/event.xhtml", "/orders", "/viewer/order.xhtml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Matcher publicId = PUBLIC_ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!publicId.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(PAGES.get(request.getServletPath()) + "?id=" + publicId.group(1)).forward(request, response);
    }
}
