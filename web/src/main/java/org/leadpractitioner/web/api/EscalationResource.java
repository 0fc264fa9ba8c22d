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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.escalation.EscalationInputs;
import org.leadpractitioner.escalation.EscalationService;
import org.leadpractitioner.escalation.EscalationViews.EscalationSummary;
import org.leadpractitioner.escalation.EscalationViews.EscalationView;
import org.leadpractitioner.escalation.EscalationViews.Oversight;
import org.leadpractitioner.escalation.EscalationViews.Party;

/**
 * Escalations of professional disagreements: lists (raised by me, with me, my team's, all for the coordinator), one
 * escalation with its stages, and its steps — the response, the outcome, moving up, withdrawing, reopening (each needs
 * If-Match). Raising one is {@code POST /cases/{id}/escalations}. Every escalation carries the safeguarding referral
 * route: an escalation never delays a referral.
 */
@Path("escalations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalations", description = "Staged resolution of professional disagreements on working-day clocks")
public class EscalationResource {

    @Inject
    EscalationService escalations;

    @GET
    @Operation(summary = "A page of escalations, newest first: those you raised (whose=RAISED, the default), those raised"
            + " with or waiting for you (RECEIVED), your team's (TEAM) or all (ALL, the coordinator); ?open=true for open"
            + " ones only")
    public Page<EscalationSummary> list(@QueryParam("whose") EscalationService.Whose whose,
            @QueryParam("open") boolean open, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return escalations.list(whose == null ? EscalationService.Whose.RAISED : whose, open, Http.offset(offset),
                Http.limit(limit));
    }

    @GET
    @Path("oversight")
    @Operation(summary = "The coordinator's oversight: open escalations and overdue stages by stage and by agency, and"
            + " the time resolved escalations took over the last year")
    public Oversight oversight() {
        return escalations.oversight();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One escalation with every stage; its ETag is the version to send in If-Match")
    public Response get(@PathParam("id") long id) {
        EscalationView e = escalations.get(id);
        return Http.ok(e, e.version());
    }

    @GET
    @Path("{id}/suggested-responders")
    @Operation(summary = "The parties' line managers, who usually respond at the next stage")
    public List<Party> suggestedResponders(@PathParam("id") long id) {
        return escalations.suggestedResponders(id);
    }

    @PUT
    @Path("{id}/response")
    @Operation(summary = "The current responder's response and who took part (replaceable until the outcome is recorded)")
    public Response respond(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EscalationInputs.Respond input) {
        long expected = Http.expectedVersion(ifMatch);
        return escalation(() -> escalations.respond(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/outcome")
    @Operation(summary = "The current stage's outcome (RESOLVED, AGREED_PLAN or NOT_RESOLVED) with a note; resolving a"
            + " 'who should lead' disagreement naming resolvedLeadId starts that lead's appointment or handover")
    public Response outcome(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EscalationInputs.Outcome input) {
        long expected = Http.expectedVersion(ifMatch);
        return escalation(() -> escalations.recordOutcome(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/move-up")
    @Operation(summary = "Move up to a stage with its responder; a reason is needed before the deadline or outcome, and"
            + " when skipping a stage")
    public Response moveUp(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EscalationInputs.MoveUp input) {
        long expected = Http.expectedVersion(ifMatch);
        return escalation(() -> escalations.moveUp(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw an open escalation, with the reason")
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EscalationInputs.Reason input) {
        long expected = Http.expectedVersion(ifMatch);
        return escalation(() -> escalations.withdraw(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/reopening")
    @Operation(summary = "Reopen a closed or withdrawn escalation at its stage, with the reason and a fresh deadline")
    public Response reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EscalationInputs.Reason input) {
        long expected = Http.expectedVersion(ifMatch);
        return escalation(() -> escalations.reopen(id, expected, Http.body(input)));
    }

    private static Response escalation(Supplier<EscalationView> call) {
        EscalationView e = call.get();
        return Http.ok(e, e.version());
    }
}
