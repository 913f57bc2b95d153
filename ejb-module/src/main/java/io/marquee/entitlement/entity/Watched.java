package io.marquee.entitlement.entity;

/**
 * What a grant plays: a live event (by its public id) or a rented title (a product, by its id), whose
 * organiser it belongs to, and the stream directory a signature is limited to.
 */
public record Watched(boolean rental, String id, String title, long organiserId) {

    /** Under the playback base: {@code /live/<event>/} or {@code /vod/<product>/}. */
    public String streamPath() {
        return (rental ? "/vod/" : "/live/") + id + "/";
    }
}
