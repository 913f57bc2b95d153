package io.marquee.entitlement.control;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a CloudFront edge checks of a signed request (custom policy), written from the documented
 * rules: the signature over the policy verifies with the trusted public key, the requested URL
 * matches the policy's resource, and the policy has not expired. The local media provider checks
 * its streams with it, so the embedded default refuses a tampered or expired URL as CloudFront would.
 */
public final class CloudFrontEdge {

    private static final Pattern RESOURCE = Pattern.compile("\"Resource\":\"([^\"]+)\"");
    private static final Pattern EXPIRY = Pattern.compile("\"DateLessThan\":\\{\"AWS:EpochTime\":(\\d+)}");

    private final PublicKey trusted;

    public CloudFrontEdge(PublicKey trusted) {
        this.trusted = trusted;
    }

    /** Checks a request for {@code requested} carrying the policy, signature and key pair id given. */
    public boolean allows(String requested, String policy, String signature, Instant now) {
        try {
            byte[] policyJson = decode(policy);
            Signature rsa = Signature.getInstance("SHA1withRSA");
            rsa.initVerify(trusted);
            rsa.update(policyJson);
            if (!rsa.verify(decode(signature))) {
                return false;
            }
            String json = new String(policyJson, StandardCharsets.UTF_8);
            return matches(find(RESOURCE, json), requested)
                    && now.getEpochSecond() < Long.parseLong(find(EXPIRY, json));
        } catch (GeneralSecurityException | IllegalArgumentException broken) {
            return false;
        }
    }

    /** The same for a signed URL: the query carries the policy and its signature. */
    public boolean allowsUrl(String signedUrl, Instant now) {
        URI uri = URI.create(signedUrl);
        Map<String, String> query = Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        String unsigned = signedUrl.substring(0, signedUrl.indexOf('?'));
        return allows(unsigned, query.get("Policy"), query.get("Signature"), now);
    }

    private static boolean matches(String pattern, String url) {
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return url.matches(regex);
    }

    private static String find(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no " + pattern + " in the policy");
        }
        return matcher.group(1);
    }

    /** CloudFront's URL-safe base64: '-' for '+', '_' for '=', '~' for '/'. */
    private static byte[] decode(String value) {
        return Base64.getDecoder().decode(value.replace('-', '+').replace('_', '=').replace('~', '/'));
    }
}
