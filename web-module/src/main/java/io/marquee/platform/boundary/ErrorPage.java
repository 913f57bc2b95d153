package io.marquee.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors outside JAX-RS (unknown pages, servlet faults): problem+json for API clients, a plain
 * page for browsers. Never shows a stack trace.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad Request", 403, "Forbidden", 404, "Not Found", 405, "Method Not Allowed",
            415, "Unsupported Media Type", 500, "Internal Server Error");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code == null || code < 400 ? 500 : code;
        if (failure != null) {
            LOG.log(Level.SEVERE, "unhandled failure on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
        String title = TITLES.getOrDefault(status, "Error");
        String detail = status == 404 ? "no such page or resource" : status >= 500 ? "something went wrong on our side" : title;
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (wantsHtml(request)) {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                    + " · Marquee</title></head><body><h1>" + title + "</h1><p>" + detail
                    + "</p><p><a href=\"/\">Marquee home</a></p></body></html>");
        } else {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.json(status, title, title.toLowerCase().replace(' ', '-'), detail));
        }
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
