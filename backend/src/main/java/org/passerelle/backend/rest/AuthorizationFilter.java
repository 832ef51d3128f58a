package org.passerelle.backend.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.passerelle.backend.security.PasserelleAuthenticationMechanism;

/**
 * Enforces {@code @RolesAllowed} and {@code @PermitAll} on resource methods (or their class): 401 with
 * a Basic challenge ({@link BasicChallengeFilter}) when nobody is signed in (or the credentials were refused), 403 when the caller's
 * role is not enough. A method without either annotation is refused: nothing is public by accident.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
            if (roles == null && resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
                return;
            }
        }
        SecurityContext security = request.getSecurityContext();
        boolean refused = servletRequest != null
                && servletRequest.getAttribute(PasserelleAuthenticationMechanism.REFUSED_CREDENTIALS) != null;
        if (security.getUserPrincipal() == null) {
            String detail = refused ? "The user name or password is wrong." : "Sign in with HTTP Basic credentials to do this.";
            // The Basic challenge header is added by BasicChallengeFilter.
            request.abortWith(Problem.of(Response.Status.UNAUTHORIZED, detail)
                    .at(request.getUriInfo().getRequestUri().getPath()).toResponse());
            return;
        }
        if (roles != null) {
            for (String role : roles.value()) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
        }
        request.abortWith(Problem.of(Response.Status.FORBIDDEN, "Your account's role does not allow this"
                        + (roles == null ? "." : "; it needs one of " + String.join(", ", roles.value()) + "."))
                .at(request.getUriInfo().getRequestUri().getPath()).toResponse());
    }
}
