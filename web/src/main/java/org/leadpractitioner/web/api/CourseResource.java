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
import org.leadpractitioner.training.CatalogueService;
import org.leadpractitioner.training.TrainingInputs;
import org.leadpractitioner.training.TrainingViews.CourseView;

/** The training catalogue: read by all, kept by the coordinator and the administrator. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training catalogue", description = "Courses, the common-core areas they cover, whether mandatory for lead practitioners, refresh period")
public class CourseResource {

    @Inject
    CatalogueService catalogue;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The courses offered, by title (all=true: also those withdrawn)")
    public List<CourseView> courses(@QueryParam("all") Boolean all) {
        return catalogue.courses(Boolean.TRUE.equals(all));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One course; its ETag is the version for If-Match")
    public Response course(@PathParam("id") long id) {
        CourseView c = catalogue.course(id);
        return Http.ok(c, c.version());
    }

    @POST
    @Operation(summary = "Add a course to the catalogue (coordinator or administrator)")
    public Response createCourse(TrainingInputs.CourseInput input) {
        CourseView c = catalogue.createCourse(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build(), c, c.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a course; active=false withdraws it from booking (needs If-Match)")
    public Response updateCourse(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("active") Boolean active, TrainingInputs.CourseInput input) {
        long expected = Http.expectedVersion(ifMatch);
        boolean isActive = active == null || active;
        CourseView c = catalogue.updateCourse(id, expected, Http.body(input), isActive);
        return Http.ok(c, c.version());
    }
}
