package org.passerelle.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in manager, for the views: who it is, what its role allows, and signing in and out
 * through Jakarta Security (the same identity store as the REST API).
 */
@ApplicationScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    public Optional<String> name() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        return Optional.ofNullable(principal).map(Principal::getName);
    }

    public boolean isSignedIn() {
        return name().isPresent();
    }

    public boolean hasRole(String role) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.isUserInRole(role);
    }

    /** Signs in with a user name and password; false when they are wrong. */
    public boolean signIn(String username, String password) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        AuthenticationStatus status = security.authenticate(request.getHttpServletRequest(),
                response.getHttpServletResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        return status == AuthenticationStatus.SUCCESS;
    }

    public void signOut() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        try {
            request.getHttpServletRequest().logout();
        } catch (ServletException e) {
            // The session is closed below either way.
        }
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
