package io.marquee.entitlement.entity;

/**
 * The token endpoint's answer to one poll (RFC 8628, 3.5): a token, or one of the errors that tell
 * the device to keep polling, slow down, or give up.
 */
public sealed interface DevicePoll {

    /** The viewer approved: the token authorises playback of that one grant. */
    record Issued(String accessToken, int expiresIn) implements DevicePoll {
    }

    /** An OAuth error code: authorization_pending, slow_down, expired_token, access_denied, invalid_grant. */
    record Refused(String error, String description) implements DevicePoll {
    }
}
