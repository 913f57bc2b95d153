package io.marquee.platform.boundary;

import io.marquee.platform.control.ConsoleUsers;
import io.marquee.platform.entity.ConsoleUser;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Whose data the logged-in console user may see: a platform admin every organiser's, an organiser
 * admin their own organiser's. Console pages pass this to every EJB call.
 */
@RequestScoped
public class ConsoleAccess {

    @Inject
    ConsoleSession session;

    @Inject
    ConsoleUsers users;

    private OrganiserAccess access;

    public OrganiserAccess organisers() {
        if (access == null) {
            access = session.isPlatformAdmin() ? OrganiserAccess.all()
                    : users.find(session.getUsername()).map(ConsoleUser::getOrganiser)
                    .map(organiser -> OrganiserAccess.only(Set.of(organiser.getId())))
                    .orElse(OrganiserAccess.only(Set.of()));
        }
        return access;
    }

    /** Recorded as the author of the changes this user makes. */
    public String username() {
        return session.getUsername();
    }
}
