package io.marquee.sales.boundary;

import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.sales.control.LiveDashboards;
import io.marquee.sales.control.SalesFigures;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The live dashboard's push channel, {@code /console/live-sales/stream?event=<id>}: server-sent events
 * behind the console login, scoped to the user's organisers (another tenant's event answers 404).
 * The first event is the figures as they are now (so a reconnecting page is up to date at once),
 * then one event with the new figures whenever a sale, a refund or visits change them, on whichever
 * instance that happened.
 */
@WebServlet(value = "/console/live-sales/stream", asyncSupported = true)
public class LiveSalesStream extends HttpServlet {

    @Inject
    ConsoleAccess console;

    @Inject
    SalesFigures figures;

    @Inject
    LiveDashboards dashboards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OrganiserAccess access = console.organisers();
        long eventId;
        String now;
        try {
            eventId = Long.parseLong(request.getParameter("event"));
            now = figures.event(access, eventId).toString();
        } catch (NumberFormatException | NotFound unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        PrintWriter out = response.getWriter();
        LiveDashboards.Subscriber[] self = new LiveDashboards.Subscriber[1];
        self[0] = new LiveDashboards.Subscriber(access, eventId, json -> {
            if (!send(out, json)) {
                dashboards.unsubscribe(self[0]);
                async.complete();
            }
        });
        async.addListener(new Closed(() -> dashboards.unsubscribe(self[0])));
        send(out, now);
        dashboards.subscribe(self[0]);
    }

    /** One server-sent event; false once the browser has gone. */
    private static boolean send(PrintWriter out, String json) {
        synchronized (out) {
            out.write("event: figures\ndata: " + json + "\n\n");
            out.flush();
            return !out.checkError();
        }
    }

    /** Forgets the dashboard however its connection ends. */
    private record Closed(Runnable forget) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            forget.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            forget.run();
        }

        @Override
        public void onError(AsyncEvent event) {
            forget.run();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // a new cycle of the same connection: still connected
        }
    }
}
