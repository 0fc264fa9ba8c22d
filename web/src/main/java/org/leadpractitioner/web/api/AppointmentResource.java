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
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.assignment.AppointmentInputs;
import org.leadpractitioner.assignment.AppointmentService;
import org.leadpractitioner.assignment.AppointmentViews.AppointmentSummary;
import org.leadpractitioner.assignment.AppointmentViews.AppointmentView;
import org.leadpractitioner.core.Page;

/** Appointments of lead practitioners: proposed on a case ({@code POST /cases/{id}/appointments}), then decided here. */
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lead practitioner appointments", description = "Accept, agree, the family's wish; in force once all are done")
public class AppointmentResource {

    @Inject
    AppointmentService appointments;

    @GET
    @Path("waiting-for-me")
    @Operation(summary = "Proposals waiting for the caller: to accept as the proposed lead, or to agree as their line manager")
    public Page<AppointmentSummary> waitingForMe(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return appointments.waitingForMe(Http.offset(offset), Http.limit(limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One appointment with the rules' findings as they stand today; its ETag is the version for If-Match")
    public Response get(@PathParam("id") long id) {
        AppointmentView a = appointments.get(id);
        return Http.ok(a, a.version());
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "The proposed practitioner accepts (needs If-Match)")
    public Response accept(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> appointments.accept(id, expected));
    }

    @POST
    @Path("{id}/agreement")
    @Operation(summary = "The practitioner's line manager agrees (the coordinator where none is recorded; needs If-Match)")
    public Response agree(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> appointments.agree(id, expected));
    }

    @PUT
    @Path("{id}/family-wish")
    @Operation(summary = "Record whom the child and family asked for; a reason is required when it is not met (needs If-Match)")
    public Response familyWish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AppointmentInputs.RecordFamilyWish input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> appointments.recordFamilyWish(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "The practitioner or their line manager declines, with a reason (needs If-Match)")
    public Response decline(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AppointmentInputs.Reason input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> appointments.decline(id, expected, Http.body(input)));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "The proposer or the coordinator withdraws a proposal still waiting, with a reason (needs If-Match)")
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AppointmentInputs.Reason input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> appointments.withdraw(id, expected, Http.body(input)));
    }

    private static Response changed(Supplier<AppointmentView> call) {
        AppointmentView a = Http.withFieldNames(CaseResource.APPOINTMENT_FIELDS, call);
        return Http.ok(a, a.version());
    }
}
