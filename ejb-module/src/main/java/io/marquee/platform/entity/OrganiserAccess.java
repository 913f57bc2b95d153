package io.marquee.platform.entity;

import java.util.Set;

/**
 * Which organisers' data the caller may see: a platform admin sees all, an organiser admin
 * one, a partner those it acts for. Boundaries work it out; EJBs filter by it.
 */
public record OrganiserAccess(boolean everyOrganiser, Set<Long> organiserIds) {

    public OrganiserAccess {
        organiserIds = Set.copyOf(organiserIds);
    }

    public static OrganiserAccess all() {
        return new OrganiserAccess(true, Set.of());
    }

    public static OrganiserAccess only(Set<Long> organiserIds) {
        return new OrganiserAccess(false, organiserIds);
    }

    public boolean allows(long organiserId) {
        return everyOrganiser || organiserIds.contains(organiserId);
    }
}
