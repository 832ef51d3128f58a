package org.passerelle.backend.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Adds the HTTP Basic challenge to every 401 answer of the API, as RFC 9110 requires. Done here, at the
 * moment the status is set, because Payara drops the header when it is set from JAX-RS.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BasicChallengeFilter extends HttpFilter {

    static final String CHALLENGE = "Basic realm=\"Passerelle\", charset=\"UTF-8\"";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                challengeIfUnauthorized(status);
                super.setStatus(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                challengeIfUnauthorized(status);
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                challengeIfUnauthorized(status);
                super.sendError(status, message);
            }

            private void challengeIfUnauthorized(int status) {
                if (status == SC_UNAUTHORIZED) {
                    setHeader("WWW-Authenticate", CHALLENGE);
                }
            }
        });
    }
}
