package io.marquee.platform.boundary;

import io.marquee.platform.entity.ConsoleRole;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Console login: a Faces login page calls {@code SecurityContext.authenticate}; the
 * {@link ConsoleIdentityStore} checks the password. The partner API does not use this: its
 * keys are checked by {@link ApiKeyFilter}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({ConsoleRole.PLATFORM_ADMIN, ConsoleRole.ORGANISER_ADMIN})
@ApplicationScoped
public class ConsoleSecurity {
}
