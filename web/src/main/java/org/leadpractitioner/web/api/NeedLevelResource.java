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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.reference.NeedLevelInput;
import org.leadpractitioner.core.reference.NeedLevelView;
import org.leadpractitioner.core.reference.ReferenceDataService;

@Path("need-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class NeedLevelResource {

    @Inject
    ReferenceDataService reference;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The levels of need in use, lowest first; cases take the code")
    public List<NeedLevelView> list() {
        return reference.needLevels();
    }

    @GET
    @Path("all")
    @Operation(summary = "Every level of the continuum, retired ones included (administrators)")
    public List<NeedLevelView> all() {
        return reference.allNeedLevels();
    }

    @POST
    @Operation(summary = "Add a level to the authority's continuum of need (administrators)")
    public Response create(NeedLevelInput input) {
        NeedLevelView level = reference.createNeedLevel(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(level.id())).build(), level, level.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename, re-rank or retire a level; its code never changes (administrators; needs If-Match)")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Requests.NeedLevelUpdate body) {
        long expected = Http.expectedVersion(ifMatch);
        Requests.NeedLevelUpdate update = Http.body(body);
        NeedLevelView level = reference.updateNeedLevel(id, expected, update.toInput(), update.requireActive());
        return Http.ok(level, level.version());
    }
}
