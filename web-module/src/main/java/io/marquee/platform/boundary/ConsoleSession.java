package io.marquee.platform.boundary;

import io.marquee.platform.entity.ConsoleRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Who is logged in to the console, and logging out. */
@Named
@RequestScoped
public class ConsoleSession {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    public String getUsername() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public boolean isPlatformAdmin() {
        return security.isCallerInRole(ConsoleRole.PLATFORM_ADMIN);
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
