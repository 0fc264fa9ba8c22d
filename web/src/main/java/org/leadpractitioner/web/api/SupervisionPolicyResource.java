package org.leadpractitioner.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.training.CatalogueService;
import org.leadpractitioner.training.TrainingInputs;
import org.leadpractitioner.training.TrainingViews.PolicyView;

/** Supervision policies (how often supervision is due, how long it lasts): read by all, kept by the coordinator and the administrator. */
@Path("supervision-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision policy", description = "Per agency and role (and newly qualified): how often supervision is due")
public class SupervisionPolicyResource {

    @Inject
    CatalogueService catalogue;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every supervision policy, the most specific first (the built-in default applies where none does)")
    public List<PolicyView> policies() {
        return catalogue.policies();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One supervision policy; its ETag is the version for If-Match")
    public Response policy(@PathParam("id") long id) {
        PolicyView p = catalogue.policy(id);
        return Http.ok(p, p.version());
    }

    @POST
    @Operation(summary = "Add a policy for an agency and/or role (and newly qualified or not): how often and how long")
    public Response createPolicy(TrainingInputs.PolicyInput input) {
        PolicyView p = catalogue.createPolicy(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id())).build(), p,
                p.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change how often and how long (whom it covers is fixed; needs If-Match)")
    public Response changePolicy(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TrainingInputs.PolicyInput input) {
        long expected = Http.expectedVersion(ifMatch);
        PolicyView p = catalogue.changePolicy(id, expected, Http.body(input));
        return Http.ok(p, p.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a policy: the next most specific (or the built-in default) applies (needs If-Match)")
    public Response deletePolicy(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        catalogue.deletePolicy(id, expected);
        return Response.noContent().build();
    }
}
