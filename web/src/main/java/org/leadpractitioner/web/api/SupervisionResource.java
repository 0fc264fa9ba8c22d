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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.training.SupervisionInputs;
import org.leadpractitioner.training.SupervisionService;
import org.leadpractitioner.training.SupervisionViews.ActionView;
import org.leadpractitioner.training.SupervisionViews.CaseOption;
import org.leadpractitioner.training.SupervisionViews.Drift;
import org.leadpractitioner.training.SupervisionViews.SessionSummary;
import org.leadpractitioner.training.SupervisionViews.SessionView;
import org.leadpractitioner.training.SupervisionViews.TeamMember;

/**
 * Supervision logs: the supervisor's team and drift, sessions and their records, sign-off and the supervisee's
 * response. A record outside the caller's management line is 404, as if it did not exist.
 */
@Path("supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Supervision sessions: schedule, record (drafts), sign, confirm or dispute")
public class SupervisionResource {

    /** The domain's field names → this API's. */
    static final Map<String, String> FIELDS = Map.of("supervisee", "superviseeId", "owner", "ownerId", "course", "courseId",
            "superviseeComment", "comment", "cancellationReason", "reason");

    @Inject
    SupervisionService supervision;

    @Context
    UriInfo uri;

    @GET
    @Path("team")
    @Operation(summary = "The practitioners the caller line-manages: last and next session, when due under policy, overdue")
    public List<TeamMember> team() {
        return supervision.team();
    }

    @GET
    @Path("drift")
    @Operation(summary = "Overdue supervision, unsigned records and overdue actions, in the caller's team and the teams below")
    public Drift drift() {
        return supervision.drift();
    }

    @GET
    @Path("sessions")
    @Operation(summary = "Sessions the caller supervises, newest first (paged)")
    public Page<SessionSummary> supervising(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return supervision.supervising(Http.offset(offset), Http.limit(limit));
    }

    @GET
    @Path("awaiting-my-response")
    @Operation(summary = "Signed records waiting for the caller, as supervisee, to confirm or comment")
    public List<SessionSummary> awaitingMyResponse() {
        return supervision.awaitingMyResponse();
    }

    @GET
    @Path("practitioners/{id}/sessions")
    @Operation(summary = "A practitioner's sessions (the caller's own, or of someone they manage), newest first (paged)")
    public Page<SessionSummary> history(@PathParam("id") long practitionerId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return supervision.history(practitionerId, Http.offset(offset), Http.limit(limit));
    }

    @POST
    @Path("sessions")
    @Operation(summary = "Schedule a session (scheduledFor, optional scheduledTime) or start recording one held (heldOn)")
    public Response create(SupervisionInputs.NewSession input) {
        SessionView s = Http.withFieldNames(FIELDS, () -> supervision.create(Http.body(input)));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(s.id())).build(), s, s.version());
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "One supervision record; its ETag is the version to send in If-Match")
    public Response get(@PathParam("id") long id) {
        SessionView s = supervision.get(id);
        return Http.ok(s, s.version());
    }

    @PUT
    @Path("sessions/{id}/schedule")
    @Operation(summary = "Move a scheduled session to another date or time (needs If-Match)")
    public Response reschedule(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.Reschedule input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.reschedule(id, expected, Http.body(input)));
    }

    @PUT
    @Path("sessions/{id}/record")
    @Operation(summary = "Save the record's body as a draft (a scheduled session starts being recorded; needs If-Match)")
    public Response saveRecord(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.Content input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.saveRecord(id, expected, Http.body(input)));
    }

    @GET
    @Path("sessions/{id}/case-options")
    @Operation(summary = "The supervisee's cases that the session may discuss")
    public List<CaseOption> caseOptions(@PathParam("id") long id) {
        return supervision.caseOptions(id);
    }

    @POST
    @Path("sessions/{id}/discussions")
    @Operation(summary = "Add one of the supervisee's cases: discussion, reflection, risk, decision, actions (needs If-Match)")
    public Response addDiscussion(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.Discussion input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.addDiscussion(id, expected, Http.body(input)));
    }

    @PUT
    @Path("sessions/{id}/discussions/{discussionId}")
    @Operation(summary = "Rewrite what was recorded about a case (needs If-Match of the session)")
    public Response updateDiscussion(@PathParam("id") long id, @PathParam("discussionId") long discussionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SupervisionInputs.Discussion input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.updateDiscussion(id, expected, discussionId, Http.body(input)));
    }

    @DELETE
    @Path("sessions/{id}/discussions/{discussionId}")
    @Operation(summary = "Remove a case from the record (needs If-Match of the session)")
    public Response removeDiscussion(@PathParam("id") long id, @PathParam("discussionId") long discussionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.removeDiscussion(id, expected, discussionId));
    }

    @POST
    @Path("sessions/{id}/actions")
    @Operation(summary = "Add an agreed action with its owner (supervisor or supervisee) and due date (needs If-Match)")
    public Response addAction(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.Action input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.addAction(id, expected, Http.body(input)));
    }

    @DELETE
    @Path("sessions/{id}/actions/{actionId}")
    @Operation(summary = "Remove an action from a draft (needs If-Match of the session)")
    public Response removeAction(@PathParam("id") long id, @PathParam("actionId") long actionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.removeAction(id, expected, actionId));
    }

    @POST
    @Path("actions/{actionId}/done")
    @Operation(summary = "An action of a signed record was done (optional doneOn; needs If-Match of the action)")
    public Response actionDone(@PathParam("actionId") long actionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.ActionDone input) {
        long expected = Http.expectedVersion(ifMatch);
        ActionView a = Http.withFieldNames(FIELDS, () -> supervision.markActionDone(actionId, expected,
                input == null ? new SupervisionInputs.ActionDone(null) : input));
        return Http.ok(a, a.version());
    }

    @POST
    @Path("sessions/{id}/training-needs")
    @Operation(summary = "Record a training need identified; on signing it lands on the training record (needs If-Match)")
    public Response addTrainingNeed(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.Need input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.addTrainingNeed(id, expected, Http.body(input)));
    }

    @DELETE
    @Path("sessions/{id}/training-needs/{needId}")
    @Operation(summary = "Remove a training need from a draft (needs If-Match of the session)")
    public Response removeTrainingNeed(@PathParam("id") long id, @PathParam("needId") long needId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.removeTrainingNeed(id, expected, needId));
    }

    @POST
    @Path("sessions/{id}/signature")
    @Operation(summary = "The supervisor signs: locked; needs go to the training record, decisions to the cases (If-Match)")
    public Response sign(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.sign(id, expected));
    }

    @POST
    @Path("sessions/{id}/confirmation")
    @Operation(summary = "The supervisee confirms the signed record, optionally with a comment (needs If-Match)")
    public Response confirm(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.Response input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.confirm(id, expected, input == null ? new SupervisionInputs.Response(null) : input));
    }

    @POST
    @Path("sessions/{id}/dispute")
    @Operation(summary = "The supervisee disagrees with the signed record and says why (comment required; needs If-Match)")
    public Response dispute(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.Response input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.dispute(id, expected, Http.body(input)));
    }

    @POST
    @Path("sessions/{id}/cancellation")
    @Operation(summary = "The session did not take place: cancel it with a reason (needs If-Match)")
    public Response cancel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SupervisionInputs.Cancellation input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> supervision.cancel(id, expected, Http.body(input)));
    }

    private static Response changed(Supplier<SessionView> call) {
        SessionView s = Http.withFieldNames(FIELDS, call);
        return Http.ok(s, s.version());
    }
}
