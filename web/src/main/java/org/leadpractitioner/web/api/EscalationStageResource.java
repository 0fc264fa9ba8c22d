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
import org.leadpractitioner.escalation.EscalationInputs;
import org.leadpractitioner.escalation.EscalationPolicyService;
import org.leadpractitioner.escalation.EscalationViews.StagePolicyView;

/** The authority's escalation stages: read by everyone signed in, changed by administrators. */
@Path("escalation-stages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation policy", description = "The stages of the escalation policy and their time limits")
public class EscalationStageResource {

    @Inject
    EscalationPolicyService policy;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The stages, in order, with their time limits (working days; hours on the urgent route)")
    public List<StagePolicyView> stages() {
        return policy.stages();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One stage; its ETag is the version to send in If-Match when changing it")
    public Response stage(@PathParam("number") int number) {
        StagePolicyView s = policy.stage(number);
        return Http.ok(s, s.version());
    }

    @PUT
    @Path("{number}")
    @Operation(summary = "Change a stage's name, meaning, time limits, business-manager notice or overdue behaviour"
            + " (administrators; needs If-Match); stages already started keep their deadline")
    public Response change(@PathParam("number") int number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EscalationInputs.StageTerms input) {
        long expected = Http.expectedVersion(ifMatch);
        StagePolicyView s = policy.change(number, expected, Http.body(input));
        return Http.ok(s, s.version());
    }

    @POST
    @Operation(summary = "Add a stage above the last one (administrators)")
    public Response add(EscalationInputs.StageTerms input) {
        StagePolicyView s = policy.add(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Integer.toString(s.stageNumber())).build(), s, s.version());
    }

    @DELETE
    @Path("{number}")
    @Operation(summary = "Remove the last stage (administrators), unless an open escalation is at it")
    public Response remove(@PathParam("number") int number) {
        policy.removeLast(number);
        return Response.noContent().build();
    }
}
