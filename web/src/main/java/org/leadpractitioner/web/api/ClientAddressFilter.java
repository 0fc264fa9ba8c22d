package org.leadpractitioner.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.leadpractitioner.core.security.RequestOrigin;

/** Tells the audit log where each API request came from (the client's address). */
@Provider
public class ClientAddressFilter implements ContainerRequestFilter {

    @Inject
    RequestOrigin origin;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request != null) {
            origin.setAddress(request.getRemoteAddr());
        }
    }
}
