package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.Entitlement;
import io.marquee.entitlement.entity.Playability;
import io.marquee.entitlement.entity.PlaybackAuthorisation;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.Violations;
import io.marquee.platform.entity.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Authorises one device to play under a grant: the grant must play now, the device gets a stream
 * session within the grant's limit, and a signature for the event's (or rented title's) stream path only:
 * after the event's end, its recording's ({@link StreamPaths}).
 * A device that plays already is usually renewed by {@link PlayingDevices} in one statement; it comes here
 * for everything that needs a decision or an explanation (a new device, a refusal, an unknown session).
 */
@Stateless
public class Playback {

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final int MAX_LABEL = 80;

    @Inject
    StreamSessions sessions;

    @Inject
    PlaybackKeys keys;

    @Inject
    Grants grants;

    @Inject
    DeviceActivations devices;

    /**
     * A player's request to play, with its ticket (a browser) or its device token (a TV): the grant
     * is read in the authorisation's own transaction, so what it says (revoked, ended) is current.
     */
    public PlaybackAuthorisation authorise(String ticket, String deviceToken, String deviceId, String deviceLabel,
                                           Instant now) {
        Optional<Entitlement> grant = deviceToken != null ? devices.byDeviceToken(deviceToken)
                : Optional.ofNullable(ticket).flatMap(grants::byTicket);
        return authorise(grant.orElseThrow(() -> new NotFound("ticket", "given")), deviceId, deviceLabel, now);
    }

    private PlaybackAuthorisation authorise(Entitlement grant, String deviceId, String deviceLabel, Instant now) {
        List<Violation> broken = deviceRules(deviceId, deviceLabel);
        if (!broken.isEmpty()) {
            throw new InvalidInput(broken);
        }
        playable(grant, now);
        return signed(grant, sessions.start(grant, deviceId, deviceLabel.strip()), now);
    }

    /** The rules a player's device id and label keep; none broken when the list is empty. */
    static List<Violation> deviceRules(String deviceId, String deviceLabel) {
        Violations found = new Violations();
        if (found.present("deviceId", deviceId) && !DEVICE_ID.matcher(deviceId).matches()) {
            found.add("deviceId", "pattern", "a device id is 8 to 64 letters, digits, '.', '_' or '-'");
        }
        if (found.present("deviceLabel", deviceLabel) && deviceLabel.strip().length() > MAX_LABEL) {
            found.add("deviceLabel", "max-length", "a device label has at most " + MAX_LABEL + " characters");
        }
        return found.list();
    }

    /**
     * A playing device's heartbeat: the session keeps counting and the player gets a fresh signature.
     * A revoked or ended grant stops here, at the next heartbeat.
     */
    public PlaybackAuthorisation heartbeat(String sessionId, Instant now) {
        Entitlement grant = sessions.grantOf(sessionId).flatMap(grants::find)
                .orElseThrow(() -> new NotFound("stream session", sessionId));
        playable(grant, now);
        sessions.heartbeat(grant, sessionId);
        return signed(grant, sessionId, now);
    }

    public void end(String sessionId) {
        sessions.end(sessionId);
    }

    private static void playable(Entitlement grant, Instant now) {
        Playability playability = grant.playabilityAt(now);
        if (!playability.playable()) {
            throw new NotPlayable(playability);
        }
    }

    private PlaybackAuthorisation signed(Entitlement grant, String sessionId, Instant now) {
        return new PlaybackAuthorisation(sessionId, keys.signed(grant.getId(), grant.getEventId(), grant.getProductId(),
                grant.getValidUntil(), now));
    }
}
