package io.marquee.platform.boundary;

import io.marquee.platform.control.ApiCredential;
import jakarta.enterprise.context.RequestScoped;

/** The partner credential of the current API request, set by {@link ApiKeyFilter}. */
@RequestScoped
public class ApiCaller {

    private ApiCredential credential;

    void authenticated(ApiCredential credential) {
        this.credential = credential;
    }

    public ApiCredential credential() {
        if (credential == null) {
            throw new IllegalStateException("no API credential: is the method @Public?");
        }
        return credential;
    }
}
