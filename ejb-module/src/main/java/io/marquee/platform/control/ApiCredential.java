package io.marquee.platform.control;

import io.marquee.platform.entity.Actor;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.OrganiserAccess;

import java.util.Set;

/** What a valid API key proves: which partner, which organisers, which scopes. */
public record ApiCredential(long partnerId, String keyPrefix, Set<ApiScope> scopes, Set<Long> organiserIds) {

    public ApiCredential {
        scopes = Set.copyOf(scopes);
        organiserIds = Set.copyOf(organiserIds);
    }

    public boolean allows(ApiScope scope) {
        return scopes.contains(scope);
    }

    public OrganiserAccess access() {
        return OrganiserAccess.only(organiserIds);
    }

    public Actor actor() {
        return Actor.partnerKey(partnerId, keyPrefix);
    }
}
