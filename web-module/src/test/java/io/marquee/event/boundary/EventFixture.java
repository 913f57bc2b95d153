package io.marquee.event.boundary;

import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;

import java.util.UUID;

/** Events written straight into the test database, for what the console must not show or the viewer must not find. */
final class EventFixture {

    private EventFixture() {
    }

    /** Another organiser with an event on sale; answers the event's id. */
    static long otherOrganisersEvent(SystemUnderTest sut, String title) {
        String slug = "other-" + UUID.randomUUID().toString().substring(0, 8);
        return Long.parseLong(PartnerFixture.text(sut, "with o as (insert into organiser (name, slug, contact_email, "
                + "time_zone) values ('Other Promoter " + slug + "', '" + slug + "', 'x@other.example', 'UTC') returning id) "
                + "insert into live_event (organiser_id, public_id, title, starts_at, ends_at, time_zone, status) "
                + "select id, '" + UUID.randomUUID() + "', '" + title.replace("'", "''") + "', now() + interval '2 days', "
                + "now() + interval '3 days', 'UTC', 'on_sale' from o returning id"));
    }

    /** The public id of the demo event (on sale, with hidden ticket type behind CREW2026 and promo AURORA20). */
    static String demoEvent(SystemUnderTest sut) {
        return PartnerFixture.text(sut, "select public_id from live_event where title like 'Aurora Sessions%' order by id limit 1");
    }
}
