package org.passerelle.backend.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both kinds of client. REST clients send HTTP Basic credentials with each call;
 * the web UI signs in once from its login page (through {@code SecurityContext.authenticate}) and the
 * session keeps the caller. Requests without credentials go on anonymously: whether they may is
 * decided by the resource or view they reach, which answers 401 or redirects to the login page.
 */
@ApplicationScoped
public class PasserelleAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute set when Basic credentials were sent but refused. */
    public static final String REFUSED_CREDENTIALS = "passerelle.credentials.refused";

    @Inject
    private IdentityStoreHandler identityStores;

    private static final String SESSION_CALLER = "passerelle.caller";

    /** Who signed in on the web UI, kept in the HTTP session. */
    private record SessionCaller(String name, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        boolean signIn = context.isAuthenticationRequest() && context.getAuthParameters() != null
                && context.getAuthParameters().getCredential() != null;
        Credential credential = signIn ? context.getAuthParameters().getCredential() : basicCredential(request);
        if (credential == null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (signIn) {
                // A new session on sign-in, so that a session id seen before cannot be reused.
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                request.getSession().setAttribute(SESSION_CALLER,
                        new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isAuthenticationRequest()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(REFUSED_CREDENTIALS, Boolean.TRUE);
        return context.doNothing();
    }

    private static Credential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            request.setAttribute(REFUSED_CREDENTIALS, Boolean.TRUE);
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            request.setAttribute(REFUSED_CREDENTIALS, Boolean.TRUE);
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
