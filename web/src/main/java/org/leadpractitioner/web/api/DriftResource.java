package org.leadpractitioner.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.meetings.DriftService;
import org.leadpractitioner.meetings.MeetingViews.DriftItem;
import org.leadpractitioner.meetings.MeetingViews.DriftKind;

/** Drift in TAF plans: overdue reviews, overdue actions, records not circulated in time. */
@Path("drift")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drift", description = "Overdue reviews, overdue actions, uncirculated records")
public class DriftResource {

    @Inject
    DriftService drift;

    @GET
    @Operation(summary = "One kind of drift (OVERDUE_REVIEW, OVERDUE_ACTION, UNCIRCULATED_RECORD), oldest first, on the"
            + " cases the caller leads (whose=MINE, the default), their team leads (TEAM) or all cases (ALL, coordinator)")
    public Page<DriftItem> list(@QueryParam("kind") DriftKind kind, @QueryParam("whose") DriftService.Whose whose,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        if (kind == null) {
            throw ProblemException.badRequest("kind-required", "Say which drift: kind=OVERDUE_REVIEW, OVERDUE_ACTION or"
                    + " UNCIRCULATED_RECORD.");
        }
        return drift.drift(kind, whose == null ? DriftService.Whose.MINE : whose, Http.offset(offset), Http.limit(limit));
    }
}
