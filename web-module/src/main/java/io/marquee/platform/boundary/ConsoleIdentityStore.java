package io.marquee.platform.boundary;

import io.marquee.platform.control.ConsoleUsers;
import io.marquee.platform.control.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.eclipse.microprofile.metrics.MetricRegistry;

import java.util.Set;

/** Checks console passwords against the PBKDF2 hashes in PostgreSQL, with throttling. */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    ConsoleUsers users;

    @Inject
    MetricRegistry metrics;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = users.login(credential.getCaller(), credential.getPassword().getValue());
        if (!outcome.accepted()) {
            metrics.counter("marquee.console.login.failures").inc();
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(credential.getCaller(), Set.of(outcome.role()));
    }
}
