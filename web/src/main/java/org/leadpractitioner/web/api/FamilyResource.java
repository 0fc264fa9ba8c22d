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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.cases.CaseInputs;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.families.ChildInput;
import org.leadpractitioner.core.families.FamilyInput;
import org.leadpractitioner.core.families.FamilyService;
import org.leadpractitioner.core.families.FamilyViews.ChildView;
import org.leadpractitioner.core.families.FamilyViews.FamilySummary;
import org.leadpractitioner.core.families.FamilyViews.FamilyView;
import org.leadpractitioner.core.families.FamilyViews.MemberView;
import org.leadpractitioner.core.families.MemberInput;

@Path("families")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Families", description = "Families, their members and children; only those within the caller's cases")
public class FamilyResource {

    /** The domain's field names for a child, as this API's request names them. */
    static final Map<String, String> CHILD_FIELDS = Map.of("livesWith", "livesWithMemberIds");
    private static final Map<String, String> DECLINE_FIELDS = Map.of("consentGivenBy", "memberId",
            "consentDecidedOn", "decidedOn");

    @Inject
    FamilyService families;

    @Inject
    CaseService cases;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Families the caller may see, by family or child name (starts with), postcode or local reference")
    public Page<FamilySummary> search(@QueryParam("q") String q, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return families.search(q, Http.offset(offset), Http.limit(limit));
    }

    @POST
    @Operation(summary = "Register a family; the caller can see it until it has a case")
    public Response register(FamilyInput input) {
        FamilyView family = families.register(Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(family.id())).build(), family, family.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A family with its members, children and the cases the caller may see")
    public Response get(@PathParam("id") long id) {
        FamilyView family = families.family(id);
        return Http.ok(family, family.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a family's registration details (needs If-Match)")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FamilyInput input) {
        long expected = Http.expectedVersion(ifMatch);
        FamilyView family = families.update(id, expected, Http.body(input));
        return Http.ok(family, family.version());
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Add an adult member (parent, carer, relative) to a family")
    public Response addMember(@PathParam("id") long id, MemberInput input) {
        MemberView member = families.addMember(id, Http.body(input));
        return Http.created(uri.getAbsolutePathBuilder().path(Long.toString(member.id())).build(), member, member.version());
    }

    @GET
    @Path("{id}/members/{memberId}")
    @Operation(summary = "One member of a family")
    public Response member(@PathParam("id") long id, @PathParam("memberId") long memberId) {
        MemberView member = families.family(id).members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new RecordNotFound("Family member", memberId));
        return Http.ok(member, member.version());
    }

    @PUT
    @Path("{id}/members/{memberId}")
    @Operation(summary = "Correct a family member's details, e.g. whether they hold parental responsibility (needs If-Match)")
    public Response updateMember(@PathParam("id") long id, @PathParam("memberId") long memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MemberInput input) {
        long expected = Http.expectedVersion(ifMatch);
        MemberView member = families.updateMember(id, memberId, expected, Http.body(input));
        return Http.ok(member, member.version());
    }

    @POST
    @Path("{id}/children")
    @Operation(summary = "Add a child to a family, with the members the child lives with")
    public Response addChild(@PathParam("id") long id, ChildInput input) {
        ChildView child = Http.withFieldNames(CHILD_FIELDS, () -> families.addChild(id, Http.body(input)));
        return Http.created(uri.getBaseUriBuilder().path(ChildResource.class).path(Long.toString(child.id())).build(),
                child, child.version());
    }

    @POST
    @Path("{id}/declined-consent")
    @Operation(summary = "Record that the family declined early help (no case opens); answers 204")
    public Response declined(@PathParam("id") long id, CaseInputs.DeclineConsent input) {
        Http.withFieldNames(DECLINE_FIELDS, () -> {
            cases.recordDeclined(id, Http.body(input));
            return null;
        });
        return Response.noContent().build();
    }
}
