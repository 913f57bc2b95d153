package io.marquee.entitlement.entity;

/** Whether a grant lets its viewer play now; the wire name is what the rights API answers. */
public enum Playability {
    PLAYABLE("playable"),
    NOT_YET("not-yet-valid"),
    EXPIRED("expired"),
    REVOKED("revoked");

    private final String wireName;

    Playability(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean playable() {
        return this == PLAYABLE;
    }
}
