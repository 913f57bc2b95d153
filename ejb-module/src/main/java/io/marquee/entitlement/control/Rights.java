package io.marquee.entitlement.control;

import io.marquee.entitlement.entity.Entitlement;
import io.marquee.entitlement.entity.RightsAnswer;
import io.marquee.entitlement.entity.Watched;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The question partners and a DRM licence server ask: may this viewer (by ticket or device token)
 * play this now, with which rights, until when? Answers only about the caller's organisers' events and
 * titles.
 */
@Stateless
public class Rights {

    @Inject
    Grants grants;

    @Inject
    DeviceActivations devices;

    public RightsAnswer check(OrganiserAccess access, String ticket, String deviceToken, Instant at) {
        if ((ticket == null) == (deviceToken == null)) {
            throw new InvalidInput("ticket", "one-of", "ask with either a ticket or a deviceToken");
        }
        Optional<Entitlement> grant = ticket != null ? grants.byTicket(ticket) : devices.byDeviceToken(deviceToken);
        Entitlement found = grant.orElseThrow(() -> new NotFound("grant", ticket != null ? "for this ticket" : "for this token"));
        return answer(access, found, at);
    }

    /** A viewer's grants for the caller's organisers' events and titles, newest first. */
    public List<RightsAnswer> ofViewer(OrganiserAccess access, String email, Instant at) {
        if (email == null || !email.contains("@")) {
            throw new InvalidInput("email", "email", "an email address is required");
        }
        return grants.ofViewer(email).stream().map(g -> answer(g, grants.watched(g), at))
                .filter(answer -> access.allows(answer.watched().organiserId())).toList();
    }

    private RightsAnswer answer(OrganiserAccess access, Entitlement grant, Instant at) {
        Watched watched = grants.watched(grant);
        if (!access.allows(watched.organiserId())) {
            throw new NotFound(watched.rental() ? "product" : "event", watched.id());
        }
        return answer(grant, watched, at);
    }

    private static RightsAnswer answer(Entitlement grant, Watched watched, Instant at) {
        return new RightsAnswer(grant.getId(), grant.playabilityAt(at), grant.rights(), grant.getValidFrom(),
                grant.getValidUntil(), grant.getStreamLimit(), watched);
    }
}
