package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is acting, for the audit trail and project histories: the signed-in account, or {@code system}. */
@ApplicationScoped
public class Caller {

    public static final String SYSTEM = "system";

    @Inject
    private SecurityContext security;

    public String name() {
        try {
            Principal principal = security.getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (ContextNotActiveException | IllegalStateException e) {
            // Outside a request (start-up, timers) the caller is the system itself.
            return SYSTEM;
        }
    }
}
