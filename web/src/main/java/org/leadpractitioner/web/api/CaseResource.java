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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.assignment.AppointmentInputs;
import org.leadpractitioner.assignment.AppointmentService;
import org.leadpractitioner.assignment.AppointmentViews;
import org.leadpractitioner.assignment.HandoverInputs;
import org.leadpractitioner.assignment.HandoverService;
import org.leadpractitioner.assignment.AppointmentViews.AppointmentView;
import org.leadpractitioner.assignment.AppointmentViews.CheckResult;
import org.leadpractitioner.assignment.AppointmentViews.LeadPanel;
import org.leadpractitioner.assignment.AppointmentViews.LedCase;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.cases.CaseInputs;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.cases.CaseViews.CaseSummary;
import org.leadpractitioner.core.cases.CaseViews.CaseView;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.core.CaseStatus;
import org.leadpractitioner.escalation.EscalationInputs;
import org.leadpractitioner.escalation.EscalationService;
import org.leadpractitioner.escalation.EscalationViews;
import org.leadpractitioner.meetings.MeetingInputs;
import org.leadpractitioner.meetings.MeetingService;
import org.leadpractitioner.meetings.MeetingViews;
import org.leadpractitioner.training.SupervisionService;
import org.leadpractitioner.training.SupervisionViews.CaseNoteView;

@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Early help cases: opened with consent, scoped to the people working on them")
public class CaseResource {

    // the domain names fields after its entities; a client needs the names of the request it sent
    private static final Map<String, String> OPEN_FIELDS = Map.of("consentGivenBy", "consentGivenByMemberId",
            "consentDecidedOn", "consentDate", "children", "childIds", "needLevel", "needLevelCode", "family", "familyId",
            "sharingAgencies", "sharingAgencyIds");
    private static final Map<String, String> WITHDRAW_FIELDS = Map.of("consentGivenBy", "memberId",
            "consentDecidedOn", "withdrawnOn", "closureNote", "note");
    private static final Map<String, String> STEP_UP_FIELDS = Map.of("steppedUpOn", "on", "stepUpReason", "reason");
    private static final Map<String, String> CLOSE_FIELDS = Map.of("closureReason", "reason", "closedOn", "on",
            "closureNote", "note", "steppedUpOn", "on", "stepUpReason", "note");
    private static final Map<String, String> NEED_LEVEL_FIELDS = Map.of("needLevel", "needLevelCode");
    private static final Map<String, String> MEMBER_FIELDS = Map.of("practitioner", "practitionerId");

    // the assignment domain names fields after its entities
    static final Map<String, String> APPOINTMENT_FIELDS = Map.of("practitioner", "practitionerId", "children", "childIds",
            "contingency", "contingencyId", "familyWish", "wish", "familyAskedFor", "askedForPractitionerId",
            "familyAskedForName", "askedForName", "familyWishNotMetReason", "reasonNotMet");

    @Inject
    MeetingService meetings;

    @Inject
    EscalationService escalations;

    @Inject
    CaseService cases;

    @Inject
    AppointmentService appointments;

    @Inject
    SupervisionService supervision;

    @Inject
    HandoverService handovers;

    @Context
    UriInfo uri;

    @GET
    @Path("mine")
    @Operation(summary = "Cases the caller works on (or, for a supervisor, their supervisees do), newest first")
    public Page<CaseSummary> mine(@QueryParam("includeClosed") Boolean includeClosed, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return cases.myCases(Boolean.TRUE.equals(includeClosed), Http.offset(offset), Http.limit(limit));
    }

    @GET
    @Operation(summary = "Search the cases the caller may see by reference, family or child name, or postcode; and status")
    public Page<CaseSummary> search(@QueryParam("q") String q, @QueryParam("status") CaseStatus status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return cases.search(q, status, Http.offset(offset), Http.limit(limit));
    }

    @POST
    @Operation(summary = "Open an early help case for children of a family, with the consent of a parent or carer")
    public Response open(CaseInputs.OpenCase input) {
        CaseView c = Http.withFieldNames(OPEN_FIELDS, () -> cases.open(Http.body(input)));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build(), c, c.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One case; its ETag is the version to send in If-Match when changing it")
    public Response get(@PathParam("id") long id) {
        CaseView c = cases.get(id);
        return Http.ok(c, c.version());
    }

    @POST
    @Path("{id}/consent-withdrawal")
    @Operation(summary = "Record that the family withdrew consent, which closes the case (needs If-Match)")
    public Response withdrawConsent(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CaseInputs.WithdrawConsent input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(Http.withFieldNames(WITHDRAW_FIELDS, () -> cases.withdrawConsent(id, expected, Http.body(input))));
    }

    @POST
    @Path("{id}/step-up")
    @Operation(summary = "Step the case up to children's social care, ending the early help episode (needs If-Match)")
    public Response stepUp(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CaseInputs.StepUp input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(Http.withFieldNames(STEP_UP_FIELDS, () -> cases.stepUp(id, expected, Http.body(input))));
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close the case with a reason, e.g. a sustainability plan agreed (needs If-Match)")
    public Response close(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CaseInputs.Close input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(Http.withFieldNames(CLOSE_FIELDS, () -> cases.close(id, expected, Http.body(input))));
    }

    @PUT
    @Path("{id}/need-level")
    @Operation(summary = "Move the case to another level of need (needs If-Match)")
    public Response changeNeedLevel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Requests.NeedLevelChange body) {
        long expected = Http.expectedVersion(ifMatch);
        String code = Http.body(body).requireCode();
        return changed(Http.withFieldNames(NEED_LEVEL_FIELDS, () -> cases.changeNeedLevel(id, expected, code)));
    }

    @POST
    @Path("{id}/practitioners")
    @Operation(summary = "Involve another practitioner in the case, which lets them see it (needs If-Match)")
    public Response addPractitioner(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CaseInputs.AddPractitioner input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(Http.withFieldNames(MEMBER_FIELDS, () -> cases.addPractitioner(id, expected, Http.body(input))));
    }

    @POST
    @Path("{id}/children")
    @Operation(summary = "Add another child of the family to the open case, on the rules of opening (needs If-Match)")
    public Response addChild(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CaseInputs.AddChild input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(cases.addChild(id, expected, Http.body(input)));
    }

    @DELETE
    @Path("{id}/children/{childId}")
    @Operation(summary = "A child leaves the open case from today; their lead's cover for them ends (needs If-Match)")
    public Response removeChild(@PathParam("id") long id, @PathParam("childId") long childId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(cases.removeChild(id, expected, childId));
    }

    @GET
    @Path("led-by-me")
    @Operation(summary = "Open cases the caller leads (for at least one child), newest first")
    public Page<LedCase> ledByMe(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return appointments.casesILead(Http.offset(offset), Http.limit(limit));
    }

    @GET
    @Path("{id}/leads")
    @Operation(summary = "Who leads for each child of the case, what needs attention (drift, a broken rule), what is pending, and the history")
    public LeadPanel leads(@PathParam("id") long id) {
        return appointments.panel(id);
    }

    @POST
    @Path("{id}/lead-checks")
    @Operation(summary = "Dry run: would this practitioner be allowed to lead for these children, and why (nothing is saved)")
    public CheckResult checkLead(@PathParam("id") long id, AppointmentInputs.Check input) {
        return Http.withFieldNames(APPOINTMENT_FIELDS, () -> appointments.check(id, Http.body(input)));
    }

    @POST
    @Path("{id}/handovers")
    @Operation(summary = "Plan a handover of the lead role: from the appointment in force, for some or all of its children,"
            + " to another practitioner from an effective date, with a reason and the meeting that agreed it; the incoming"
            + " lead's appointment then goes through accept / agree / family's wish (the statutory rules apply)")
    public Response planHandover(@PathParam("id") long id, HandoverInputs.Plan input) {
        AppointmentViews.HandoverView h = Http.withFieldNames(HandoverResource.FIELDS, () -> handovers.plan(id, Http.body(input)));
        return Http.created(uri.getBaseUriBuilder().path("handovers").path(Long.toString(h.id())).build(), h, h.version());
    }

    @POST
    @Path("{id}/meetings")
    @Operation(summary = "Schedule a TAF meeting (initial, review, step-down, handover, closure) in UK time, with a venue"
            + " or online link, chair, minute-taker and invitees (practitioners within the family's consent, family"
            + " members); invitations go out by email with an iCalendar file; 'clashes' warns of invitees' other TAFs")
    public Response scheduleMeeting(@PathParam("id") long id, MeetingInputs.Schedule input) {
        MeetingViews.MeetingView m = meetings.schedule(id, Http.body(input));
        return Http.created(uri.getBaseUriBuilder().path("meetings").path(Long.toString(m.id())).build(), m, m.version());
    }

    @GET
    @Path("{id}/meetings")
    @Operation(summary = "The case's TAF meetings, its plan's review clock and its actions")
    public MeetingViews.CasePlan meetings(@PathParam("id") long id) {
        return meetings.forCase(id);
    }

    @POST
    @Path("{id}/escalations")
    @Operation(summary = "Raise an escalation of a professional disagreement on the case with a practitioner: category,"
            + " concern, desired outcome, standard or urgent route; stage 1 starts now with its deadline. Never a"
            + " substitute for a safeguarding referral (see referralRoute)")
    public Response raiseEscalation(@PathParam("id") long id, EscalationInputs.Raise input) {
        EscalationViews.EscalationView e = escalations.raise(id, Http.body(input));
        return Http.created(uri.getBaseUriBuilder().path("escalations").path(Long.toString(e.id())).build(), e,
                e.version());
    }

    @GET
    @Path("{id}/escalations")
    @Operation(summary = "The case's escalations and their outcomes, newest first")
    public List<EscalationViews.EscalationSummary> escalations(@PathParam("id") long id) {
        return escalations.forCase(id);
    }

    @GET
    @Path("{id}/handovers")
    @Operation(summary = "The case's handovers of the lead role, newest first")
    public List<AppointmentViews.HandoverView> handovers(@PathParam("id") long id) {
        return handovers.forCase(id);
    }

    @GET
    @Path("{id}/lead-candidates")
    @Operation(summary = "The practitioners involved with the family ranked as lead for children of the case (childId"
            + " repeated; none: every child), each with its reasons: statutory fit, the family's wish, needs, capacity,"
            + " relationship, training, line manager (nothing is saved)")
    public AppointmentViews.Candidates leadCandidates(@PathParam("id") long id, @QueryParam("childId") List<Long> childIds,
            @QueryParam("designation") Designation designation) {
        return Http.withFieldNames(APPOINTMENT_FIELDS, () -> appointments.candidates(id,
                childIds == null ? Set.of() : new java.util.TreeSet<>(childIds), designation));
    }

    @POST
    @Path("{id}/appointments")
    @Operation(summary = "Propose a lead practitioner for children of the case; refused (422, naming the rule) when a statutory rule is broken")
    public Response proposeLead(@PathParam("id") long id, AppointmentInputs.Propose input) {
        AppointmentView a = Http.withFieldNames(APPOINTMENT_FIELDS, () -> appointments.propose(id, Http.body(input)));
        return Http.created(uri.getBaseUriBuilder().path("appointments").path(Long.toString(a.id())).build(), a, a.version());
    }

    private static Response changed(CaseView c) {
        return Http.ok(c, c.version());
    }

    @GET
    @Path("{id}/supervision-notes")
    @Operation(summary = "Decisions about the case made in supervision, approved by the supervisor, newest first (paged)")
    public Page<CaseNoteView> supervisionNotes(@PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return supervision.caseNotes(id, Http.offset(offset), Http.limit(limit));
    }
}
