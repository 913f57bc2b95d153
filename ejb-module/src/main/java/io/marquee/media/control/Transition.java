package io.marquee.media.control;

/** What became of a start, stop or delete: reconciliation acts on each differently. */
public enum Transition {
    /** MediaLive took the command; describe shows its progress. */
    ACCEPTED,
    /** The channel's state does not allow it now (409): describe and decide again. */
    WRONG_STATE,
    /** No such channel (404): for a delete that is success, for anything else a lost channel. */
    GONE
}
