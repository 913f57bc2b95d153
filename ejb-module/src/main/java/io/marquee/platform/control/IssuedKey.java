package io.marquee.platform.control;

import io.marquee.platform.entity.ApiKey;

/** A new key and its secret, which exists only in this answer: it is shown once and never stored. */
public record IssuedKey(ApiKey key, String secret) {
}
