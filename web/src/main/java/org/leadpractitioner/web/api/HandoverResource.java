package org.leadpractitioner.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.assignment.AppointmentInputs;
import org.leadpractitioner.assignment.AppointmentViews.HandoverView;
import org.leadpractitioner.assignment.HandoverInputs;
import org.leadpractitioner.assignment.HandoverService;

/**
 * Handovers of the lead role: planned on a case ({@code POST /cases/{id}/handovers}); the incoming lead's appointment
 * then goes through {@code /appointments/{id}}; here the outgoing lead records telling the family and the network, and
 * a handover not yet in effect can be withdrawn.
 */
@Path("handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lead practitioner handovers", description = "Planned change of lead: effective date, reason, meeting, notices")
public class HandoverResource {

    /** The domain's field names → this API's. */
    static final Map<String, String> FIELDS = Map.of("outgoing", "outgoingAppointmentId", "children", "childIds",
            "practitioner", "practitionerId", "contingency", "contingencyId", "familyToldOn", "on", "networkToldOn", "on");

    @Inject
    HandoverService handovers;

    @GET
    @Path("{id}")
    @Operation(summary = "One handover with its next step; its ETag is the version for If-Match")
    public Response get(@PathParam("id") long id) {
        HandoverView h = handovers.get(id);
        return Http.ok(h, h.version());
    }

    @POST
    @Path("{id}/family-told")
    @Operation(summary = "The outgoing lead told the family (optional on, default today; needs If-Match)")
    public Response familyTold(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            HandoverInputs.Told input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> handovers.familyTold(id, expected, input == null ? new HandoverInputs.Told(null) : input));
    }

    @POST
    @Path("{id}/network-told")
    @Operation(summary = "The outgoing lead told the network (optional on, default today; needs If-Match)")
    public Response networkTold(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            HandoverInputs.Told input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> handovers.networkTold(id, expected, input == null ? new HandoverInputs.Told(null) : input));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw a handover before it takes effect, with a reason; the outgoing lead stays (needs If-Match)")
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AppointmentInputs.Reason input) {
        long expected = Http.expectedVersion(ifMatch);
        return changed(() -> handovers.withdraw(id, expected, Http.body(input)));
    }

    private static Response changed(Supplier<HandoverView> call) {
        HandoverView h = Http.withFieldNames(FIELDS, call);
        return Http.ok(h, h.version());
    }
}
