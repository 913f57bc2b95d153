package io.marquee.entitlement.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The short address a TV shows (RFC 8628's verification_uri): {@code /activate} opens the activation page. */
@WebServlet("/activate")
public class ActivationAddress extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/activate.xhtml" + (query == null ? "" : "?" + query));
    }
}
