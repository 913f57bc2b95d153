package io.marquee.media.entity;

/** How many encoding pipelines a channel runs: two survive the loss of one, at twice the price. */
public enum ChannelClass {
    STANDARD(2),
    SINGLE_PIPELINE(1);

    private final int pipelines;

    ChannelClass(int pipelines) {
        this.pipelines = pipelines;
    }

    /** Pipelines, and so RTMP destinations an input needs and ingest endpoints a channel pushes to. */
    public int pipelines() {
        return pipelines;
    }
}
