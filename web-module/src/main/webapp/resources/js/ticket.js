/*
 * The ticket page: a countdown in the viewer's time zone while the event has not started, the
 * player when it is live, after it the event's recording while the ticket plays it (or a message).
 * A rental plays at once and shows the time it has left; when that runs out the player stops (the
 * server refuses it from then on as well). It polls the ticket's phase, more often as the start
 * nears and less often after errors, so the viewer never needs to reload.
 */
(function () {
    "use strict";

    const MESSAGES = {
        ended: "The event has ended. Thank you for watching.",
        cancelled: "The event was cancelled. The organiser will be in touch about a refund.",
        revoked: "This ticket was cancelled or refunded and no longer plays.",
        expired: "Your rental has ended. Rent the title again to keep watching."
    };
    const HEARTBEAT_MS = 60000;

    let page, api, ticket, startsAt, endsAt, rental = false, clockOffset = 0, pollDelay = 2000, countdownTimer,
        rentalTimer, playing = false, playingPhase;

    function show(id, visible) {
        document.getElementById(id).hidden = !visible;
    }

    function notice(text) {
        const element = document.getElementById("notice");
        element.textContent = text;
        element.hidden = !text;
    }

    function serverNow() {
        return Date.now() + clockOffset;
    }

    /* "2d 3h 4m 5s", leaving out leading zero days and hours. */
    function duration(milliseconds) {
        const s = Math.floor(Math.max(0, milliseconds) / 1000);
        const parts = [[Math.floor(s / 86400), "d"], [Math.floor(s / 3600) % 24, "h"], [Math.floor(s / 60) % 60, "m"], [s % 60, "s"]];
        return parts.filter((part, i) => part[0] > 0 || i >= 2).map(part => part[0] + part[1]).join(" ");
    }

    const localTime = MarqueeTime.local;

    function countdown() {
        document.getElementById("countdown").textContent = duration(startsAt - serverNow());
    }

    /* The rental's time left, each second; at its end the player stops with a clear message. */
    function rentalTimeLeft() {
        const left = endsAt - serverNow();
        document.getElementById("rentalLeft").textContent = duration(left);
        if (left <= 0) {
            expired();
        }
    }

    function showRentalTime() {
        show("rental", true);
        document.getElementById("rentalEndLocal").textContent = localTime(endsAt);
        rentalTimeLeft();
        if (!rentalTimer) {
            rentalTimer = setInterval(rentalTimeLeft, 1000);
        }
    }

    function expired() {
        closed(MESSAGES.expired);
    }

    /* After the end, a refund or a cancellation: no player, no countdowns, the reason. */
    function closed(message) {
        clearInterval(rentalTimer);
        rentalTimer = null;
        show("rental", false);
        show("waiting", false);
        show("recordingNote", false);
        stopPlayer();
        notice(message);
    }

    /* After the end: the recording plays until the ticket's grace runs out, in the viewer's time zone. */
    function showRecordingNote(status) {
        const recording = status.phase === "recording" && status.recordingUntil;
        show("recordingNote", !!recording);
        if (recording) {
            document.getElementById("recordingUntilLocal").textContent = localTime(Date.parse(status.recordingUntil));
        }
    }

    function waiting() {
        show("waiting", true);
        document.getElementById("startLocal").textContent = localTime(startsAt);
        countdown();
        if (!countdownTimer) {
            countdownTimer = setInterval(countdown, 1000);
        }
    }

    function apply(status) {
        clockOffset = Date.parse(status.serverTime) - Date.now();
        startsAt = Date.parse(status.startsAt);
        endsAt = Date.parse(status.endsAt);
        rental = status.rental === true || status.rental === "true";
        if (status.phase === "live" || status.phase === "recording") {
            show("waiting", false);
            if (rental) {
                showRentalTime();
            }
            showRecordingNote(status);
            // the event ended while it played: the live stream is over, its recording takes over
            if (playing && playingPhase !== status.phase) {
                stopPlayer();
            }
            playingPhase = status.phase;
            startPlayer();
        } else if (status.phase === "waiting") {
            waiting();
        } else {
            closed(MESSAGES[status.phase]);
        }
        return status.phase;
    }

    /* Poll often near the start, rarely far from it; back off after errors, up to a minute. */
    function schedulePoll(phase) {
        if (phase === "waiting") {
            pollDelay = Math.min(60000, Math.max(2000, (startsAt - serverNow()) / 10));
        } else if (phase === "live" || phase === "recording") {
            pollDelay = 30000;
        } else {
            return;
        }
        setTimeout(poll, pollDelay);
    }

    function poll() {
        fetch(api + "/tickets/" + encodeURIComponent(ticket), {cache: "no-store"})
            .then(response => response.ok ? response.json() : Promise.reject(response.status))
            .then(status => schedulePoll(apply(status)))
            .catch(() => {
                pollDelay = Math.min(60000, pollDelay * 2);
                setTimeout(poll, pollDelay);
            });
    }

    function deviceId() {
        let id = localStorage.getItem("marquee.device");
        if (!id) {
            id = "web-" + crypto.getRandomValues(new Uint32Array(4)).join("-");
            localStorage.setItem("marquee.device", id);
        }
        return id;
    }

    function deviceLabel() {
        const platform = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || "a device";
        return "Browser on " + platform;
    }

    let hls, session, heartbeat;

    function startPlayer() {
        if (playing) {
            return;
        }
        playing = true;
        fetch(api + "/playback", {
            method: "POST", headers: {"Content-Type": "application/json"},
            body: JSON.stringify({ticket: ticket, deviceId: deviceId(), deviceLabel: deviceLabel()})
        }).then(response => response.json().then(body => ({ok: response.ok, body: body})))
            .then(answer => {
                if (!answer.ok) {
                    playing = false;
                    notice(answer.body.detail || "The stream cannot start.");
                    return;
                }
                notice("");
                session = answer.body.sessionId;
                play(answer.body.url);
                heartbeat = setInterval(beat, HEARTBEAT_MS);
            });
    }

    function play(url) {
        const video = document.getElementById("video");
        show("player", true);
        if (!new URL(url).pathname.endsWith(".m3u8")) {
            // a recording's file: without the query the browser fetches it (and each range of it) with the signed
            // cookies, which every heartbeat renews; the signed URL itself would expire during a long film
            video.src = url.split("?")[0];
        } else if (window.Hls && Hls.isSupported()) {
            hls = new Hls({xhrSetup: xhr => { xhr.withCredentials = true; }});
            hls.loadSource(url);
            hls.attachMedia(video);
        } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
            video.src = url;
        } else {
            notice("This browser cannot play the stream.");
        }
        video.play().catch(() => { /* autoplay refused: the controls are there */ });
        offerRemotePlayback(video);
    }

    /* AirPlay (Safari) and casting (the Remote Playback API, Chrome's Cast) where the browser offers them. */
    function offerRemotePlayback(video) {
        if (window.WebKitPlaybackTargetAvailabilityEvent) {
            video.addEventListener("webkitplaybacktargetavailabilitychanged", event => {
                show("airplay", event.availability === "available");
            });
            document.getElementById("airplay").onclick = () => video.webkitShowPlaybackTargetPicker();
        }
        if (video.remote && video.remote.watchAvailability) {
            video.remote.watchAvailability(available => show("cast", available)).catch(() => { /* not offered */ });
            document.getElementById("cast").onclick = () => video.remote.prompt().catch(() => { /* dismissed */ });
        }
    }

    function beat() {
        fetch(api + "/playback/" + encodeURIComponent(session), {method: "PUT"})
            .then(response => response.ok ? null : response.json().then(body => {
                stopPlayer();
                notice(body.detail || "The stream stopped.");
            }));
    }

    function stopPlayer() {
        clearInterval(heartbeat);
        if (hls) {
            hls.destroy();
            hls = null;
        }
        const video = document.getElementById("video");
        video.pause();
        if (video.getAttribute("src")) {
            video.removeAttribute("src");
            video.load();
        }
        show("player", false);
        endSession();
        playing = false;
    }

    /* Frees the device's stream slot at once instead of when its heartbeat goes stale. */
    function endSession() {
        if (session) {
            fetch(api + "/playback/" + encodeURIComponent(session), {method: "DELETE", keepalive: true});
            session = null;
        }
    }

    document.addEventListener("DOMContentLoaded", () => {
        page = document.querySelector("[data-ticket]");
        if (!page) {
            return;
        }
        api = page.dataset.api;
        ticket = page.dataset.ticket;
        const phase = apply({phase: page.dataset.phase, startsAt: page.dataset.starts, endsAt: page.dataset.ends,
            rental: page.dataset.rental, serverTime: page.dataset.serverTime, recordingUntil: page.dataset.recordingUntil});
        schedulePoll(phase);
        window.addEventListener("pagehide", endSession);
    });
})();
