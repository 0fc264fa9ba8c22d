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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.people.UserAccountService;
import org.leadpractitioner.core.people.UserInput;
import org.leadpractitioner.core.people.UserView;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class UserResource {

    @Inject
    UserAccountService users;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "A page of sign-ins with their roles (administrators); each item's version is its ETag")
    public Page<UserView> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return users.list(Http.offset(offset), Http.limit(limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One sign-in (administrators); its ETag is the version to send in If-Match")
    public Response get(@PathParam("id") long id) {
        UserView user = users.get(id);
        return Http.ok(user, user.version());
    }

    @POST
    @Operation(summary = "Create a sign-in (administrators); the password is stored as bcrypt only")
    public Response create(UserInput input) {
        UserView user = users.create(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(user.id())).build(), user, user.version());
    }

    @PUT
    @Path("{id}/enabled")
    @Operation(summary = "Let a user sign in, or stop them (administrators; needs If-Match)")
    public Response setEnabled(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Requests.Enabled body) {
        long expected = Http.expectedVersion(ifMatch);
        UserView user = users.setEnabled(id, expected, Http.body(body).requireEnabled());
        return Http.ok(user, user.version());
    }
}
