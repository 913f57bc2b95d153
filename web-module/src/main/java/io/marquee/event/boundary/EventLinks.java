package io.marquee.event.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The address viewers share, {@code /events/<publicId>}: shows the Faces event page. Anything that
 * cannot be a public id is not found without asking the database.
 */
@WebServlet("/events/*")
public class EventLinks extends HttpServlet {

    private static final Pattern PUBLIC_ID = Pattern.compile("/([A-Za-z0-9_-]{1,64})/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        var publicId = request.getPathInfo() == null ? null : PUBLIC_ID.matcher(request.getPathInfo());
        if (publicId == null || !publicId.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/viewer/event.xhtml?id=" + publicId.group(1)).forward(request, response);
    }
}
