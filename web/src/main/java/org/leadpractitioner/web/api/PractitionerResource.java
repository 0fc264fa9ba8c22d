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
import org.leadpractitioner.core.people.PractitionerInput;
import org.leadpractitioner.core.people.PractitionerService;
import org.leadpractitioner.core.people.PractitionerView;

@Path("practitioners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "The practitioner directory and sign-ins")
public class PractitionerResource {

    @Inject
    PractitionerService practitioners;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Search practitioners by name or email text (q) and agency, by family name")
    public Page<PractitionerView> search(@QueryParam("q") String q, @QueryParam("agencyId") Long agencyId,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return practitioners.search(q, agencyId, Http.offset(offset), Http.limit(limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One practitioner; its ETag is the version to send in If-Match when changing it")
    public Response get(@PathParam("id") long id) {
        PractitionerView p = practitioners.get(id);
        return Http.ok(p, p.version());
    }

    @GET
    @Path("{id}/supervisees")
    @Operation(summary = "The practitioners this practitioner line-manages")
    public List<PractitionerView> supervisees(@PathParam("id") long id) {
        practitioners.get(id); // an unknown manager is a 404, not an empty list
        return practitioners.supervisees(id);
    }

    @POST
    @Operation(summary = "Add a practitioner (administrators)")
    public Response create(PractitionerInput input) {
        PractitionerView p = practitioners.create(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id())).build(), p, p.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a practitioner's details (administrators; needs If-Match)")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PractitionerInput input) {
        long expected = Http.expectedVersion(ifMatch);
        PractitionerView p = practitioners.update(id, expected, Http.body(input));
        return Http.ok(p, p.version());
    }
}
