package io.marquee.media.entity;

/** Where MediaLive pushes HLS into MediaPackage, with the WebDAV credentials MediaPackage issued. */
public record IngestEndpoint(String id, String url, String username, String password) {

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "IngestEndpoint[id=" + id + ", url=" + url + ", username=" + username + "]";
    }
}
