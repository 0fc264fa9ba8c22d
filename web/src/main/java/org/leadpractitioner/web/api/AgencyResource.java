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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.reference.AgencyInput;
import org.leadpractitioner.core.reference.AgencyView;
import org.leadpractitioner.core.reference.ReferenceDataService;

@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Agencies and the levels of the continuum of need")
public class AgencyResource {

    @Inject
    ReferenceDataService reference;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "A page of all agencies, by name")
    public Page<AgencyView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return reference.agencies(Http.offset(offset), Http.limit(limit));
    }

    @GET
    @Path("active")
    @Operation(summary = "The agencies in use, for choosers")
    public List<AgencyView> active() {
        return reference.activeAgencies();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agency; its ETag is the version to send in If-Match when changing it")
    public Response get(@PathParam("id") long id) {
        AgencyView agency = reference.agency(id);
        return Http.ok(agency, agency.version());
    }

    @POST
    @Operation(summary = "Add an agency (administrators)")
    public Response create(AgencyInput input) {
        AgencyView agency = reference.createAgency(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(agency.id())).build(), agency, agency.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an agency's name, kind or whether it is in use (administrators; needs If-Match)")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Requests.AgencyUpdate body) {
        long expected = Http.expectedVersion(ifMatch);
        Requests.AgencyUpdate update = Http.body(body);
        AgencyView agency = reference.updateAgency(id, expected, update.toInput(), update.requireActive());
        return Http.ok(agency, agency.version());
    }
}
