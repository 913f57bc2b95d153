package io.marquee.media.entity;

import java.util.Objects;

/**
 * What a recording is attached to: a live event (viewers see it after the end) or a product, a
 * TVOD title (renters play it). Each has at most one attached recording.
 */
public record RecordingSubject(Kind kind, long id, long organiserId, String title) {

    public enum Kind {
        EVENT("event_id", "events/"), PRODUCT("product_id", "products/");

        private final String column;
        private final String keyPrefix;

        Kind(String column, String keyPrefix) {
            this.column = column;
            this.keyPrefix = keyPrefix;
        }

        /** The media_recording column that names a subject of this kind. */
        public String column() {
            return column;
        }

        /** Where its files go in the bucket, so the bucket reads by subject. */
        public String keyPrefix() {
            return keyPrefix;
        }
    }

    public RecordingSubject {
        Objects.requireNonNull(kind, "kind");
    }

    public static RecordingSubject event(long id, long organiserId, String title) {
        return new RecordingSubject(Kind.EVENT, id, organiserId, title);
    }

    public static RecordingSubject product(long id, long organiserId, String title) {
        return new RecordingSubject(Kind.PRODUCT, id, organiserId, title);
    }
}
