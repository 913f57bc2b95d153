/*
 * Times in the viewer's own time zone: every <time data-local> shows its datetime attribute as this
 * browser's zone and language have it (the server writes it in the organiser's zone, which stays
 * without scripts). The ticket page formats its own times with MarqueeTime.local.
 */
const MarqueeTime = (function () {
    "use strict";

    /* dateStyle cannot be combined with timeZoneName: name the parts instead */
    function local(instant) {
        return new Intl.DateTimeFormat(undefined, {weekday: "long", day: "numeric", month: "long", year: "numeric",
            hour: "2-digit", minute: "2-digit", timeZoneName: "short"}).format(new Date(instant));
    }

    document.addEventListener("DOMContentLoaded", () => {
        document.querySelectorAll("time[data-local]").forEach(time => {
            time.textContent = local(time.getAttribute("datetime"));
        });
    });
    return {local: local};
})();
