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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadpractitioner.domain.training.TrainingEvidence;
import org.leadpractitioner.training.TrainingInputs;
import org.leadpractitioner.training.SupervisionService;
import org.leadpractitioner.training.TrainingService;
import org.leadpractitioner.training.TrainingViews.DevelopmentRecord;
import org.leadpractitioner.training.TrainingViews.LeadRoleTraining;
import org.leadpractitioner.training.TrainingViews.NeedView;
import org.leadpractitioner.training.TrainingViews.RecordView;
import org.leadpractitioner.training.TrainingViews.TeamGaps;
import org.leadpractitioner.web.output.HistoryPdf;
import org.leadpractitioner.web.output.TrainingGapsCsv;

/**
 * Training records: a practitioner's courses, needs and gaps; bookings, completions and evidence; a team's gaps
 * (JSON or CSV). Kept by the practitioner, their management line and the early help coordinator; a record outside
 * the caller's reach is 404.
 */
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training records", description = "Courses booked and completed, evidence, training needs, gaps")
public class TrainingResource {

    static final Map<String, String> FIELDS = Map.of("course", "courseId", "closingNote", "note", "closedOn", "on");
    static final String CSV = "text/csv";

    @Inject
    TrainingService training;

    @Inject
    SupervisionService supervision;

    @Context
    UriInfo uri;

    @GET
    @Path("me")
    @Operation(summary = "The caller's own training record: courses, needs, gaps, trained for the lead role")
    public DevelopmentRecord mine() {
        return training.mine();
    }

    @GET
    @Path("practitioners/{id}")
    @Operation(summary = "A practitioner's training record (themself, their management line, or the coordinator)")
    public DevelopmentRecord record(@PathParam("id") long practitionerId) {
        return training.record(practitionerId);
    }

    @GET
    @Path("practitioners/{id}/lead-role")
    @Operation(summary = "Whether the practitioner has every course the lead role needs, current today (open to all)")
    public LeadRoleTraining leadRole(@PathParam("id") long practitionerId) {
        return training.leadRoleTraining(practitionerId);
    }

    @POST
    @Path("practitioners/{id}/records")
    @Operation(summary = "Book a course (bookedFor) or record one completed (completedOn, provider, notes)")
    public Response addRecord(@PathParam("id") long practitionerId, TrainingInputs.NewRecord input) {
        RecordView r = Http.withFieldNames(FIELDS, () -> training.addRecord(practitionerId, Http.body(input)));
        return Http.created(uri.getBaseUriBuilder().path("training/records").path(Long.toString(r.id())).build(), r,
                r.version());
    }

    @POST
    @Path("practitioners/{id}/needs")
    @Operation(summary = "Raise a training or development need outside supervision")
    public Response raiseNeed(@PathParam("id") long practitionerId, TrainingInputs.NewNeed input) {
        NeedView n = Http.withFieldNames(FIELDS, () -> training.raiseNeed(practitionerId, Http.body(input)));
        return Http.created(uri.getBaseUriBuilder().path("training/needs").path(Long.toString(n.id())).build(), n,
                n.version());
    }

    @GET
    @Path("records/{id}")
    @Operation(summary = "One course on a practitioner's record; its ETag is the version for If-Match")
    public Response trainingRecord(@PathParam("id") long id) {
        RecordView r = training.trainingRecord(id);
        return Http.ok(r, r.version());
    }

    @GET
    @Path("needs/{id}")
    @Operation(summary = "One training need; its ETag is the version for If-Match")
    public Response need(@PathParam("id") long id) {
        NeedView n = training.need(id);
        return Http.ok(n, n.version());
    }

    @POST
    @Path("records/{id}/completion")
    @Operation(summary = "A booked course was completed (needs If-Match); open needs naming the course are met")
    public Response complete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TrainingInputs.Completion input) {
        long expected = Http.expectedVersion(ifMatch);
        RecordView r = Http.withFieldNames(FIELDS, () -> training.complete(id, expected, Http.body(input)));
        return Http.ok(r, r.version());
    }

    @POST
    @Path("records/{id}/cancellation")
    @Operation(summary = "Cancel a booking (needs If-Match)")
    public Response cancel(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        RecordView r = training.cancel(id, expected);
        return Http.ok(r, r.version());
    }

    @PUT
    @Path("records/{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the evidence of a completion as the body (PDF, PNG, JPEG or .docx, at most 5 MB;"
            + " Content-Type as the file's; fileName as a query parameter; needs If-Match)")
    public Response attachEvidence(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("fileName") String fileName,
            InputStream body) {
        long expected = Http.expectedVersion(ifMatch);
        byte[] content = readAtMost(body, TrainingEvidence.MAX_BYTES);
        RecordView r = Http.withFieldNames(Map.of("file", "body"),
                () -> training.attachEvidence(id, expected, fileName, contentType, content));
        return Http.ok(r, r.version());
    }

    @GET
    @Path("records/{id}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the evidence of a completion")
    public Response evidence(@PathParam("id") long id) {
        TrainingService.EvidenceFile file = training.evidence(id);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", Downloads.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", Downloads.NO_STORE).build();
    }

    @POST
    @Path("needs/{id}/met")
    @Operation(summary = "A need was met without a course: note says how, on (default today) when (needs If-Match)")
    public Response needMet(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TrainingInputs.CloseNeed input) {
        long expected = Http.expectedVersion(ifMatch);
        NeedView n = Http.withFieldNames(FIELDS, () -> training.markNeedMet(id, expected, Http.body(input)));
        return Http.ok(n, n.version());
    }

    @POST
    @Path("needs/{id}/withdrawal")
    @Operation(summary = "A need no longer applies: note says why (needs If-Match)")
    public Response withdrawNeed(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TrainingInputs.CloseNeed input) {
        long expected = Http.expectedVersion(ifMatch);
        NeedView n = Http.withFieldNames(FIELDS, () -> training.withdrawNeed(id, expected, Http.body(input)));
        return Http.ok(n, n.version());
    }

    @GET
    @Path("practitioners/{id}/history.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A practitioner's supervision and training history as a PDF for their file (themself or their"
            + " management line)")
    public Response historyPdf(@PathParam("id") long practitionerId) {
        byte[] pdf = HistoryPdf.of(supervision.historyForFile(practitionerId));
        return Response.ok(pdf, "application/pdf").header("Cache-Control", Downloads.NO_STORE).header("Content-Disposition",
                Downloads.attachment("supervision-and-training-history-" + practitionerId + ".pdf")).build();
    }

    @GET
    @Path("team-gaps")
    @Operation(summary = "The training gaps of the practitioners the caller line-manages")
    public List<TeamGaps> teamGaps() {
        return training.teamGaps();
    }

    @GET
    @Path("team-gaps.csv")
    @Produces(CSV)
    @Operation(summary = "The training gaps of the caller's team as CSV (safe to open in a spreadsheet)")
    public Response teamGapsCsv() {
        // with a byte order mark, so that spreadsheets read the names as UTF-8
        return Response.ok("\uFEFF" + TrainingGapsCsv.of(training.exportTeamGaps()), CSV + "; charset=UTF-8")
                .header("Cache-Control", Downloads.NO_STORE)
                .header("Content-Disposition", Downloads.attachment("team-training-gaps.csv")).build();
    }

    private static byte[] readAtMost(InputStream body, int max) {
        if (body == null) {
            throw Http.bodyRequired();
        }
        try {
            byte[] content = body.readNBytes(max + 1);
            if (content.length > max) {
                throw new ProblemException(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "training-evidence.too-large",
                        "The file is larger than 5 MB, the most that can be uploaded. Reduce its size (for example scan at a"
                                + " lower resolution) and try again.", List.of(new Problem.FieldError("body", "At most 5 MB"))));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
