package io.marquee.media.wire;

import jakarta.json.JsonObject;

/** A success answer: status and camelCase JSON body. */
record Reply(int status, JsonObject body) {
}
