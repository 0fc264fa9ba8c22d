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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.domain.meetings.TafMeeting;
import org.leadpractitioner.meetings.MeetingInputs;
import org.leadpractitioner.meetings.MeetingService;
import org.leadpractitioner.meetings.MeetingViews.ActionView;
import org.leadpractitioner.meetings.MeetingViews.CalendarEntry;
import org.leadpractitioner.meetings.MeetingViews.DraftView;
import org.leadpractitioner.meetings.MeetingViews.MeetingView;
import org.leadpractitioner.web.output.FamilyPlanPdf;

/**
 * Team Around the Family meetings: scheduled on a case ({@code POST /cases/{id}/meetings}); here the caller's calendar,
 * one meeting, its change or cancellation (invitations and cancellations go out by email with an iCalendar file), the
 * .ics, the record (attendance, minutes, Signs of Safety mapping, decision) saved and completed, the record's
 * circulation, the actions agreed, the draft kept while typing, and the family's plain-language copy (PDF).
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "TAF meetings", description = "Scheduling, invitations, record, Signs of Safety mapping, actions, circulation")
public class MeetingResource {

    static final String CALENDAR = "text/calendar";
    /** The handover's field names, inside the completion's {@code handover} object. */
    static final Map<String, String> COMPLETION_FIELDS;

    static {
        Map<String, String> fields = new HashMap<>();
        HandoverResource.FIELDS.forEach((domain, api) -> fields.put(domain, "handover." + api));
        for (String f : List.of("effectiveDate", "designation", "reason", "reasonDetail", "justification", "severalLeadsReason")) {
            fields.put(f, "handover." + f);
        }
        COMPLETION_FIELDS = Map.copyOf(fields);
    }

    @Inject
    MeetingService meetings;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's TAF meetings (those they are invited to) between two UK dates, at most 100 days")
    public List<CalendarEntry> calendar(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(TafMeeting.ZONE).withDayOfMonth(1) : from;
        return meetings.calendar(start, to == null ? start.plusMonths(1).minusDays(1) : to);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting: details, invitees (attendance, invitation sent, record received), record, actions,"
            + " clashes; its ETag is the version for If-Match")
    public Response get(@PathParam("id") long id) {
        MeetingView m = meetings.get(id);
        return Http.ok(m, m.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a scheduled meeting (time, place, chair, minute-taker, invitees); updated invitations go"
            + " out with the next iCalendar sequence, people no longer invited are sent a cancellation (needs If-Match)")
    public Response reschedule(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingInputs.Schedule input) {
        long expected = Http.expectedVersion(ifMatch);
        return meeting(() -> meetings.reschedule(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a scheduled meeting with a reason; invitees are sent a cancellation (needs If-Match)")
    public Response cancel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingInputs.Cancel input) {
        long expected = Http.expectedVersion(ifMatch);
        return meeting(() -> meetings.cancel(id, expected, Http.body(input)));
    }

    @GET
    @Path("{id}/invitation.ics")
    @Produces(CALENDAR)
    @Operation(summary = "The invitation as an iCalendar file (a cancellation once the meeting is cancelled)")
    public Response ics(@PathParam("id") long id) {
        String ics = meetings.ics(id);
        String method = ics.contains("\r\nMETHOD:CANCEL\r\n") ? "CANCEL" : "REQUEST";
        return Response.ok(ics.getBytes(StandardCharsets.UTF_8), CALENDAR + "; charset=UTF-8; method=" + method)
                .header("Content-Disposition", Downloads.attachment("taf-meeting-" + id + ".ics"))
                .header("Cache-Control", Downloads.NO_STORE).build();
    }

    @PUT
    @Path("{id}/outcome")
    @Operation(summary = "Save the record so far: attendance and written reports, minutes, the Signs of Safety mapping"
            + " (worries, working well, needs to happen, scaling 0-10), views, decision, review cadence (needs If-Match)")
    public Response saveOutcome(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingInputs.Outcome input) {
        long expected = Http.expectedVersion(ifMatch);
        return meeting(() -> meetings.saveOutcome(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/completion")
    @Operation(summary = "Complete the record: the meeting is held, the record is due to reach everyone within 5 working"
            + " days, the next review is set; a change-of-lead decision needs 'handover' and plans it (needs If-Match)")
    public Response complete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingInputs.Complete input) {
        long expected = Http.expectedVersion(ifMatch);
        MeetingView m = Http.withFieldNames(COMPLETION_FIELDS, () -> meetings.complete(id, expected,
                input == null ? new MeetingInputs.Complete(null) : input));
        return Http.ok(m, m.version());
    }

    @POST
    @Path("{id}/circulation")
    @Operation(summary = "Record that the record reached these invitees, on a day (default today), by a method (needs If-Match)")
    public Response circulate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingInputs.Circulation input) {
        long expected = Http.expectedVersion(ifMatch);
        return meeting(() -> meetings.circulate(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/actions")
    @Operation(summary = "Agree a SMART action at this meeting: what, how we will know, one owner (a practitioner on the"
            + " case or a family member), due date")
    public Response addAction(@PathParam("id") long id, MeetingInputs.Action input) {
        ActionView a = meetings.addAction(id, Http.body(input));
        return Http.created(uri.getBaseUriBuilder().path("actions").path(Long.toString(a.id())).build(), a, a.version());
    }

    @GET
    @Path("{id}/draft")
    @Operation(summary = "The caller's draft of the record (kept as they type), or 204 when there is none")
    public Response draft(@PathParam("id") long id) {
        DraftView d = meetings.draft(id);
        return d == null ? Response.noContent().build() : Response.ok(d).build();
    }

    @PUT
    @Path("{id}/draft")
    @Operation(summary = "Keep what the caller is typing into the record (never refused for its content)")
    public Response saveDraft(@PathParam("id") long id, MeetingInputs.Draft input) {
        return Response.ok(Map.of("savedAt", meetings.saveDraft(id, Http.body(input)).toString())).build();
    }

    @DELETE
    @Path("{id}/draft")
    @Operation(summary = "Discard the caller's draft of the record")
    public Response discardDraft(@PathParam("id") long id) {
        meetings.discardDraft(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/family-copy.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The family's copy of the plan from a recorded meeting: plain language, accessible PDF")
    public Response familyCopy(@PathParam("id") long id) {
        return Response.ok(FamilyPlanPdf.of(meetings.get(id)), "application/pdf")
                .header("Cache-Control", Downloads.NO_STORE)
                .header("Content-Disposition", Downloads.attachment("our-family-plan-" + id + ".pdf")).build();
    }

    private static Response meeting(Supplier<MeetingView> call) {
        MeetingView m = call.get();
        return Http.ok(m, m.version());
    }
}
