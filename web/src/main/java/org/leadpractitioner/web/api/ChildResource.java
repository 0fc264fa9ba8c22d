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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.families.ChildInput;
import org.leadpractitioner.core.families.CircumstanceInput;
import org.leadpractitioner.core.families.FamilyService;
import org.leadpractitioner.core.families.FamilyViews.ChildView;
import org.leadpractitioner.core.families.FamilyViews.CircumstanceView;

@Path("children")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Families")
public class ChildResource {

    private static final Map<String, String> CIRCUMSTANCE_FIELDS = Map.of("responsiblePractitioner", "responsiblePractitionerId");

    @Inject
    org.leadpractitioner.assignment.AppointmentService appointments;

    @Inject
    FamilyService families;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(summary = "A child with who they live with, their statutory circumstances and the cases the caller may see")
    public Response get(@PathParam("id") long id) {
        ChildView child = families.child(id);
        return Http.ok(child, child.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct a child's details and whom they live with (the full set; needs If-Match)")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ChildInput input) {
        long expected = Http.expectedVersion(ifMatch);
        ChildView child = Http.withFieldNames(FamilyResource.CHILD_FIELDS, () -> families.updateChild(id, expected, Http.body(input)));
        return Http.ok(child, child.version());
    }

    @POST
    @Path("{id}/circumstances")
    @Operation(summary = "Record a statutory circumstance of the child (child protection plan, looked after, ...)")
    public Response addCircumstance(@PathParam("id") long id, CircumstanceInput input) {
        CircumstanceView c = Http.withFieldNames(CIRCUMSTANCE_FIELDS, () -> families.addCircumstance(id, Http.body(input)));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build(), c, c.version());
    }

    @GET
    @Path("{id}/circumstances/{circumstanceId}")
    @Operation(summary = "One statutory circumstance; its ETag is the version to send in If-Match when ending it")
    public Response circumstance(@PathParam("id") long id, @PathParam("circumstanceId") long circumstanceId) {
        CircumstanceView c = families.child(id).circumstances().stream().filter(s -> s.id() == circumstanceId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Circumstance", circumstanceId));
        return Http.ok(c, c.version());
    }

    @PUT
    @Path("{id}/circumstances/{circumstanceId}/end")
    @Operation(summary = "End a statutory circumstance on a date (needs If-Match with the circumstance's ETag)")
    public Response endCircumstance(@PathParam("id") long id, @PathParam("circumstanceId") long circumstanceId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Requests.CircumstanceEnd body) {
        long expected = Http.expectedVersion(ifMatch);
        CircumstanceView c = families.endCircumstance(id, circumstanceId, expected, Http.body(body).requireEndDate());
        return Http.ok(c, c.version());
    }

    @GET
    @Path("{id}/lead-history")
    @Operation(summary = "Every lead practitioner the child has had, on any case, oldest first (from, until)")
    public java.util.List<org.leadpractitioner.assignment.AppointmentViews.LeadPeriod> leadHistory(@PathParam("id") long id) {
        return appointments.childHistory(id);
    }
}
