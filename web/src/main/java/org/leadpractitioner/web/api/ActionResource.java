package org.leadpractitioner.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.meetings.MeetingInputs;
import org.leadpractitioner.meetings.MeetingService;
import org.leadpractitioner.meetings.MeetingViews.ActionView;

/** The SMART actions of a family's plan, agreed at TAF meetings ({@code POST /meetings/{id}/actions}). */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "TAF plan actions", description = "SMART actions: owner, due date, status, progress")
public class ActionResource {

    @Inject
    MeetingService meetings;

    @GET
    @Path("{id}")
    @Operation(summary = "One action with its progress notes; its ETag is the version for If-Match")
    public Response get(@PathParam("id") long id) {
        ActionView a = meetings.action(id);
        return Http.ok(a, a.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise what was agreed (description, measure, owner, due date) (needs If-Match)")
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingInputs.Action input) {
        long expected = Http.expectedVersion(ifMatch);
        ActionView a = meetings.reviseAction(id, expected, Http.body(input));
        return Http.ok(a, a.version());
    }

    @POST
    @Path("{id}/progress")
    @Operation(summary = "Add a progress note, optionally moving the status (needs If-Match)")
    public Response progress(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingInputs.Progress input) {
        long expected = Http.expectedVersion(ifMatch);
        ActionView a = meetings.progress(id, expected, Http.body(input));
        return Http.ok(a, a.version());
    }
}
