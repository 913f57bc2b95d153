package io.marquee.webhook.control;

import io.marquee.platform.control.Violations;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Which URLs may receive webhooks. Marquee calls them from inside its network, so a partner must not
 * be able to point one at Marquee's own or a private address: https to a public host only, unless
 * this installation allows loopback (development and tests), where http to 127.0.0.1 is fine too.
 */
public record WebhookTargets(boolean allowLoopback) {

    public void check(String field, String url, Violations violations) {
        if (!violations.present(field, url)) {
            return;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            violations.add(field, "url", "'" + url + "' is not a URL");
            return;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null) {
            violations.add(field, "url", "a webhook URL is absolute, names a host and carries no user or password");
        } else if (isLoopback(uri.getHost())) {
            if (!allowLoopback || !"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                violations.add(field, "public-host", "a webhook goes to a public host, not to this machine");
            }
        } else if (!"https".equals(uri.getScheme())) {
            violations.add(field, "https", "a webhook URL uses https");
        } else if (isPrivateLiteral(uri.getHost())) {
            violations.add(field, "public-host", "a webhook goes to a public host, not to a private network address");
        }
    }

    private static boolean isLoopback(String host) {
        InetAddress address = literal(host);
        return host.equalsIgnoreCase("localhost") || address != null && address.isLoopbackAddress();
    }

    private static boolean isPrivateLiteral(String host) {
        InetAddress a = literal(host);
        return a != null && (a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress());
    }

    /** The address a literal IP names, without a DNS lookup; null for a host name. */
    private static InetAddress literal(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            return null;
        }
        try {
            return InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
