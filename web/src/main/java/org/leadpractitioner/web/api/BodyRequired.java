package org.leadpractitioner.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Every POST and PUT of this API takes a JSON body: one sent without any is a 400 that says so (rather
 * than the 415 JAX-RS would give when an empty request carries no usable Content-Type).
 */
@Provider
@PreMatching
public class BodyRequired implements ContainerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (WITH_BODY.contains(request.getMethod()) && !request.hasEntity()) {
            throw Http.bodyRequired();
        }
    }
}
