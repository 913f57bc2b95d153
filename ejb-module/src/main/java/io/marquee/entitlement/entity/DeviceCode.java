package io.marquee.entitlement.entity;

/**
 * The device authorisation response (RFC 8628, 3.2): what the TV keeps (deviceCode) and what it shows
 * the viewer (userCode, verificationUri).
 */
public record DeviceCode(String deviceCode, String userCode, String verificationUri, String verificationUriComplete,
                         int expiresIn, int interval) {
}
