package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.leadpractitioner.it.api.TestPeople.Person;

/**
 * Supervision over HTTP, as the people involved: a supervisor records and signs a session; its training need lands
 * on the supervisee's training record (and is met when the course is completed) and its case decision on the case;
 * the supervisee disputes it (kept, never overwritten); only the supervisor, the supervisee and their management line
 * read the record; supervision is due per policy; the history PDF and the team's gaps CSV say what they should.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /**
     * Head of service Hana manages supervisor Sam, who supervises Pat (a family worker with an open case) and Kim;
     * Olu works elsewhere in the same agency under another supervisor, Xav; Cy is the coordinator.
     */
    private record World(long agency, Person head, Person supervisor, Person supervisee, Person other, Person otherSupervisor,
            Person coordinator, long caseOfSupervisee, long caseOfOther, ApiClient admin) {
    }

    /** The day Sam became Pat's line manager. */
    private static final LocalDate SINCE = LocalDate.now().minusMonths(6);

    private World world() {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person head = TestPeople.person(admin, "Hana", "Head" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER", "SUPERVISOR");
        Person sam = TestPeople.person(admin, "Sam", "Supervisor" + t, "SENIOR_MANAGER", agency, head.practitionerId(),
                "PRACTITIONER", "SUPERVISOR");
        Person pat = TestPeople.person(admin, "Pat", "Worker" + t, "FAMILY_WORKER", agency, sam.practitionerId(), SINCE,
                "PRACTITIONER");
        TestPeople.person(admin, "Kim", "Colleague" + t, "FAMILY_WORKER", agency, sam.practitionerId(), "PRACTITIONER");
        Person xav = TestPeople.person(admin, "Xav", "Elsewhere" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER", "SUPERVISOR");
        Person olu = TestPeople.person(admin, "Olu", "Other" + t, "FAMILY_WORKER", agency, xav.practitionerId(), "PRACTITIONER");
        Person cy = TestPeople.person(admin, "Cy", "Coordinator" + t, "EARLY_HELP_COORDINATOR", agency, null, "PRACTITIONER",
                "COORDINATOR");
        return new World(agency, head, sam, pat, olu, xav, cy, caseOf(pat, "Ash" + t), caseOf(olu, "Birch" + t), admin);
    }

    private static long caseOf(Person worker, String family) {
        Casework work = new Casework(worker.api());
        long familyId = work.family(family, false);
        long mum = work.member(familyId, "Lee", family, "MOTHER", true);
        long child = work.child(familyId, "Rae", family, LocalDate.now().minusYears(7), "NONE", mum);
        return work.open(familyId, mum, child);
    }

    private static JsonObject content(LocalDate heldOn, String workload) {
        return Json.createObjectBuilder().add("type", "ONE_TO_ONE").add("heldOn", heldOn.toString()).add("durationMinutes", 75)
                .add("attendees", "None").add("workload", workload).add("wellbeing", "Feeling supported.").build();
    }

    private static long courseId(ApiClient api, String titleStart) {
        return api.get("/courses").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no course " + titleStart)).getJsonNumber("id").longValue();
    }

    private static JsonObject member(ApiClient api, long practitionerId) {
        return api.get("/supervision/team").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("practitionerId").longValue() == practitionerId).findFirst()
                .orElseThrow(() -> new AssertionError("practitioner " + practitionerId + " not in the team"));
    }

    /**
     * Starts a session held on {@code heldOn}, writes it up with an action, a need and (when held today, as the
     * supervisee joined the case today) a case decision, and signs it.
     */
    private static JsonObject recordAndSign(World w, LocalDate heldOn, long courseId) {
        ApiClient sam = w.supervisor().api();
        ApiClient.Reply created = sam.post("/supervision/sessions", Json.createObjectBuilder()
                .add("superviseeId", w.supervisee().practitionerId()).add("type", "ONE_TO_ONE").add("heldOn", heldOn.toString())
                .build()).expect(201);
        String path = "/supervision/sessions/" + created.id();
        ApiClient.Reply saved = sam.put(path + "/record", content(heldOn, "Eleven families; capacity for one more."),
                created.etag()).expect(200);
        ApiClient.Reply discussed = !heldOn.equals(LocalDate.now()) ? saved : sam.post(path + "/discussions",
                Json.createObjectBuilder().add("caseId", w.caseOfSupervisee()).add("discussion", "School attendance improving.")
                        .add("risk", "Low.").add("decision", "Step down to universal services at the next review.").build(),
                saved.etag()).expect(200);
        ApiClient.Reply acted = sam.post(path + "/actions", Json.createObjectBuilder().add("description", "Book the review TAF")
                .add("ownerId", w.supervisee().practitionerId()).add("dueOn", heldOn.plusDays(14).toString()).build(),
                discussed.etag()).expect(200);
        ApiClient.Reply needed = sam.post(path + "/training-needs", Json.createObjectBuilder()
                .add("description", "Chairing TAF meetings with a family in conflict").add("courseId", courseId).build(),
                acted.etag()).expect(200);
        return sam.post(path + "/signature", Json.createObjectBuilder().build(), needed.etag()).expect(200).json();
    }

    @Test
    void aSignedSessionPutsItsNeedOnTheTrainingRecordAndItsDecisionOnTheCaseAndTheSuperviseeMayDisputeIt() {
        World w = world();
        ApiClient sam = w.supervisor().api();
        ApiClient pat = w.supervisee().api();
        long courseId = courseId(sam, "Core competencies 2");

        JsonObject before = member(sam, w.supervisee().practitionerId());
        assertTrue(!before.containsKey("lastHeldOn") || before.isNull("lastHeldOn"), "never supervised: " + before);
        assertEquals(SINCE.plusMonths(1).toString(), before.getString("dueOn"),
                "due a month after Sam became Pat's line manager (the built-in monthly default)");
        assertTrue(before.getBoolean("overdue"));
        assertEquals(SINCE.plusMonths(1).until(LocalDate.now(), java.time.temporal.ChronoUnit.DAYS),
                before.getJsonNumber("daysOverdue").longValue());

        // a draft: bad input is refused with a message on the field, and what was saved stays
        ApiClient.Reply created = sam.post("/supervision/sessions", Json.createObjectBuilder()
                .add("superviseeId", w.supervisee().practitionerId()).add("type", "ONE_TO_ONE")
                .add("heldOn", LocalDate.now().toString()).build()).expect(201);
        String path = "/supervision/sessions/" + created.id();
        assertEquals("DRAFT", created.json().getString("status"));
        ApiClient.Reply saved = sam.put(path + "/record", content(LocalDate.now(), "Twelve families."), created.etag())
                .expect(200);
        ApiClient.Reply future = sam.put(path + "/record", content(LocalDate.now().plusDays(3), "Changed."), saved.etag())
                .expect(422);
        assertEquals("supervision.held-in-future", future.code());
        assertEquals(List.of("heldOn"), future.fields());
        assertEquals("Twelve families.", sam.get(path).expect(200).json().getString("workload"), "the saved draft is kept");
        ApiClient.Reply stale = sam.put(path + "/record", content(LocalDate.now(), "Overwrite?"), created.etag());
        assertEquals(412, stale.status(), "an old version never overwrites the draft: " + stale);

        ApiClient.Reply notPats = sam.post(path + "/discussions", Json.createObjectBuilder().add("caseId", w.caseOfOther())
                .add("discussion", "Not Pat's case").build(), saved.etag()).expect(422);
        assertEquals("supervision.case-not-supervisees", notPats.code());
        assertEquals(List.of("caseId"), notPats.fields());
        assertEquals(List.of(w.caseOfSupervisee()), sam.get(path + "/case-options").expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("caseId").longValue()).toList(),
                "only Pat's cases may be discussed");
        sam.post("/supervision/sessions/" + created.id() + "/cancellation",
                Json.createObjectBuilder().add("reason", "Started by mistake").build(), saved.etag()).expect(200);

        // recorded, written up and signed
        JsonObject signed = recordAndSign(w, LocalDate.now(), courseId);
        long sessionId = signed.getJsonNumber("id").longValue();
        assertEquals("SIGNED_BY_SUPERVISOR", signed.getString("status"));
        ApiClient.Reply locked = sam.put("/supervision/sessions/" + sessionId + "/record", content(LocalDate.now(), "Later"),
                "\"" + signed.getJsonNumber("version").longValue() + "\"").expect(422);
        assertEquals("supervision.signed", locked.code());

        // the need is on Pat's training record, from this session
        JsonObject need = pat.get("/training/me").expect(200).json().getJsonArray("needs").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("description").startsWith("Chairing TAF")).findFirst()
                .orElseThrow(() -> new AssertionError("the need did not land on the training record"));
        assertEquals("SUPERVISION", need.getString("source"));
        assertEquals(sessionId, need.getJsonNumber("sessionId").longValue());
        assertEquals("OPEN", need.getString("status"));

        // the decision is on the case, approved by Sam; not for someone outside the case
        JsonObject notes = pat.get("/cases/" + w.caseOfSupervisee() + "/supervision-notes").expect(200).json();
        assertEquals(1, notes.getInt("total"));
        JsonObject note = notes.getJsonArray("items").getJsonObject(0);
        assertEquals("Step down to universal services at the next review.", note.getString("decision"));
        assertTrue(note.getString("approvedBy").startsWith("Sam Supervisor"), note.toString());
        assertEquals(404, w.other().api().get("/cases/" + w.caseOfSupervisee() + "/supervision-notes").status());

        // Pat disputes: a comment is required; the response is kept and cannot be replaced
        String etag = pat.get("/supervision/sessions/" + sessionId).expect(200).etag();
        ApiClient.Reply noComment = pat.post("/supervision/sessions/" + sessionId + "/dispute",
                Json.createObjectBuilder().build(), etag).expect(422);
        assertEquals(List.of("comment"), noComment.fields());
        ApiClient.Reply disputed = pat.post("/supervision/sessions/" + sessionId + "/dispute", Json.createObjectBuilder()
                .add("comment", "I said eleven families, not twelve.").build(), etag).expect(200);
        assertEquals("DISPUTED", disputed.json().getString("status"));
        ApiClient.Reply again = pat.post("/supervision/sessions/" + sessionId + "/confirmation",
                Json.createObjectBuilder().build(), disputed.etag()).expect(422);
        assertEquals("supervision.already-responded", again.code());
        assertEquals("I said eleven families, not twelve.", sam.get("/supervision/sessions/" + sessionId).expect(200).json()
                .getString("superviseeComment"));

        ApiClient.Reply notHers = pat.post("/training/needs/" + need.getJsonNumber("id").longValue() + "/withdrawal",
                Json.createObjectBuilder().add("note", "Not needed").build(),
                pat.get("/training/needs/" + need.getJsonNumber("id").longValue()).expect(200).etag()).expect(422);
        assertEquals("training-need.agreed-in-supervision", notHers.code());

        // the team view now counts the session; completing the course meets the need
        JsonObject after = member(sam, w.supervisee().practitionerId());
        assertEquals(LocalDate.now().toString(), after.getString("lastHeldOn"));
        assertEquals(LocalDate.now().plusMonths(1).toString(), after.getString("dueOn"));
        assertFalse(after.getBoolean("overdue"));
        long recordId = pat.post("/training/practitioners/" + w.supervisee().practitionerId() + "/records",
                Json.createObjectBuilder().add("courseId", courseId).add("completedOn", LocalDate.now().toString())
                        .add("provider", "Workforce development").build()).expect(201).id();
        JsonObject met = pat.get("/training/me").expect(200).json().getJsonArray("needs").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getJsonNumber("id").longValue() == need.getJsonNumber("id").longValue())
                .findFirst().orElseThrow();
        assertEquals("MET", met.getString("status"));
        assertEquals(recordId, met.getJsonNumber("metByRecordId").longValue());
    }

    @Test
    void aSupervisionRecordIsReadOnlyByTheSupervisorTheSuperviseeAndTheirManagementLine() {
        World w = world();
        JsonObject signed = recordAndSign(w, LocalDate.now(), courseId(w.supervisor().api(), "Core competencies 1"));
        String path = "/supervision/sessions/" + signed.getJsonNumber("id").longValue();

        assertEquals(200, w.supervisor().api().get(path).status());
        assertEquals(200, w.supervisee().api().get(path).status());
        assertEquals(200, w.head().api().get(path).status(), "the supervisor's own line manager");
        assertEquals(404, w.other().api().get(path).status(), "a colleague");
        assertEquals(404, w.otherSupervisor().api().get(path).status(), "another supervisor");
        assertEquals(404, w.coordinator().api().get(path).status(), "the coordinator sees cases, not supervision");
        assertEquals(404, w.other().api().get("/supervision/practitioners/" + w.supervisee().practitionerId()
                + "/sessions").status());
        assertEquals(1, w.head().api().get("/supervision/practitioners/" + w.supervisee().practitionerId() + "/sessions")
                .expect(200).json().getInt("total"));

        // only the line manager records supervision
        ApiClient.Reply notTheirs = w.otherSupervisor().api().post("/supervision/sessions", Json.createObjectBuilder()
                .add("superviseeId", w.supervisee().practitionerId()).add("type", "ONE_TO_ONE")
                .add("heldOn", LocalDate.now().toString()).build()).expect(422);
        assertEquals("supervision.not-line-manager", notTheirs.code());
        assertEquals(List.of("superviseeId"), notTheirs.fields());

        // the training record: the practitioner, their management line and the coordinator; not a colleague
        String training = "/training/practitioners/" + w.supervisee().practitionerId();
        assertEquals(200, w.head().api().get(training).status());
        assertEquals(200, w.coordinator().api().get(training).status());
        assertEquals(404, w.other().api().get(training).status());
        assertEquals(200, w.other().api().get(training + "/lead-role").status(), "whether trained for the lead role is open");

        // after a change of line manager, the old one no longer records (nor sees the caseload to discuss)
        long draft = w.supervisor().api().post("/supervision/sessions", Json.createObjectBuilder()
                .add("superviseeId", w.supervisee().practitionerId()).add("type", "ONE_TO_ONE")
                .add("heldOn", LocalDate.now().toString()).build()).expect(201).id();
        assertEquals(1, w.supervisor().api().get("/supervision/sessions/" + draft + "/case-options").expect(200).array().size());
        assertEquals(404, w.head().api().get("/supervision/sessions/" + draft + "/case-options").status(),
                "the caseload is for the supervisor recording, not the whole management line");
        String patPath = "/practitioners/" + w.supervisee().practitionerId();
        JsonObject patRecord = w.admin().get(patPath).expect(200).json();
        w.admin().put(patPath, TestPeople.practitionerJson(patRecord.getString("givenName"), patRecord.getString("familyName"),
                patRecord.getString("email"), "FAMILY_WORKER", w.agency(), w.otherSupervisor().practitionerId()).build(),
                w.admin().get(patPath).etag()).expect(200);
        ApiClient.Reply exManager = w.supervisor().api().put("/supervision/sessions/" + draft + "/record",
                content(LocalDate.now(), "Still mine?"), w.supervisor().api().get("/supervision/sessions/" + draft).etag())
                .expect(422);
        assertEquals("supervision.not-line-manager", exManager.code());
        assertEquals(422, w.supervisor().api().get("/supervision/sessions/" + draft + "/case-options").status());
    }

    @Test
    void supervisionIsDuePerPolicyAndOverdueSupervisionShowsAsDriftForTheSupervisorAndTheirManager() {
        World w = world();
        LocalDate held = LocalDate.now().minusDays(20);
        recordAndSign(w, held, courseId(w.supervisor().api(), "Core competencies 3"));
        long pat = w.supervisee().practitionerId();
        assertFalse(member(w.supervisor().api(), pat).getBoolean("overdue"), "monthly by default: due "
                + held.plusMonths(1));

        JsonObject policy = Json.createObjectBuilder().add("agencyId", w.agency()).add("role", "FAMILY_WORKER")
                .add("newlyQualified", false).add("frequencyAmount", 2).add("frequencyUnit", "WEEKS")
                .add("expectedDurationMinutes", 60).build();
        assertEquals(403, w.supervisor().api().post("/supervision-policies", policy).status(),
                "supervisors do not set policy");
        ApiClient.Reply created = w.coordinator().api().post("/supervision-policies", policy).expect(201);
        assertEquals(422, w.coordinator().api().post("/supervision-policies", policy).status(), "one policy per group");

        JsonObject row = member(w.supervisor().api(), pat);
        assertEquals(held.plusWeeks(2).toString(), row.getString("dueOn"));
        assertTrue(row.getBoolean("overdue"));
        assertEquals(6, row.getJsonNumber("daysOverdue").longValue());
        assertEquals("fortnightly", row.getString("frequency"));

        JsonObject drift = w.head().api().get("/supervision/drift").expect(200).json();
        assertTrue(drift.getJsonArray("overdueSupervision").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getJsonNumber("practitionerId").longValue() == pat), "the supervisor's manager sees it: " + drift);
        assertTrue(w.otherSupervisor().api().get("/supervision/drift").expect(200).json().getJsonArray("overdueSupervision")
                .getValuesAs(JsonObject.class).stream().noneMatch(m -> m.getJsonNumber("practitionerId").longValue() == pat));

        // an unsigned draft and an overdue action also show as drift
        w.supervisor().api().post("/supervision/sessions", Json.createObjectBuilder().add("superviseeId", pat)
                .add("type", "CASE_SUPERVISION").add("heldOn", LocalDate.now().toString()).build()).expect(201);
        JsonObject samDrift = w.supervisor().api().get("/supervision/drift").expect(200).json();
        assertEquals(1, samDrift.getJsonArray("unsigned").size());
        assertEquals(1, samDrift.getJsonArray("overdueActions").size(), "the action agreed was due on " + held.plusDays(14));

        // a supervisor without a line manager of their own sees their own drift too
        w.otherSupervisor().api().post("/supervision/sessions", Json.createObjectBuilder()
                .add("superviseeId", w.other().practitionerId()).add("type", "ONE_TO_ONE")
                .add("heldOn", LocalDate.now().toString()).build()).expect(201);
        assertEquals(1, w.otherSupervisor().api().get("/supervision/drift").expect(200).json().getJsonArray("unsigned").size());

        w.coordinator().api().send("DELETE", "/supervision-policies/" + created.id(), null,
                java.util.Map.of("If-Match", created.etag())).expect(204);
        assertFalse(member(w.supervisor().api(), pat).getBoolean("overdue"), "back to monthly");
    }

    @Test
    void theHistoryPdfAndTheTeamGapsCsvSayWhatTheyShould() throws IOException {
        World w = world();
        recordAndSign(w, LocalDate.now(), courseId(w.supervisor().api(), "Core competencies 4"));
        long pat = w.supervisee().practitionerId();
        String formula = "=HYPERLINK(\"http://evil.example\",\"Click\") " + TestPeople.token();
        long course = w.coordinator().api().post("/courses", Json.createObjectBuilder().add("title", formula)
                .add("provider", "Information governance team").add("durationMinutes", 60).add("mandatoryForLead", false).add("areas", Json.createArrayBuilder()
                        .add("SHARING_INFORMATION")).build()).expect(201).id();
        w.supervisee().api().post("/training/practitioners/" + pat + "/needs", Json.createObjectBuilder()
                .add("description", "Recording consent to share").add("courseId", course).build()).expect(201);

        byte[] pdf = w.supervisee().api().file("/training/practitioners/" + pat + "/history.pdf", "application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Supervision and training history: Pat Worker"));
        }
        assertTrue(text.contains("One-to-one with Sam Supervisor"), text);
        assertTrue(text.contains("75 minutes. Signed by the supervisor."), text);
        assertTrue(text.contains("1 case discussed, 1 action agreed, 1 training need identified"), text);
        assertTrue(text.contains("Chairing TAF meetings with a family in conflict"), text);
        assertTrue(text.contains("Trained for the lead practitioner role: not yet"), text);
        assertTrue(text.contains("Core competencies 1: early help and the Early Help Record"), "a gap: " + text);
        java.util.Map<String, String> acceptPdf = java.util.Map.of("Accept", "application/pdf");
        ApiClient.Reply refused = w.other().api().get("/training/practitioners/" + pat + "/history.pdf", acceptPdf);
        assertEquals(404, refused.status());
        assertTrue(refused.header("Content-Type").orElse("").startsWith("application/problem+json"), refused.toString());
        assertEquals(404, w.coordinator().api().get("/training/practitioners/" + pat + "/history.pdf", acceptPdf).status(),
                "the history holds supervision, which the coordinator does not read");

        String csv = new String(w.supervisor().api().file("/training/team-gaps.csv", "text/csv"),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFPractitioner,Role,Trained for the lead role,Gap,Course,Date,Booked for,Details", lines.get(0),
                "a byte order mark, then the header");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Pat Worker") && l.contains("Not completed")
                && l.contains("Core competencies 1")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Kim Colleague")), "every member is listed: " + csv);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")"), "a formula is neutralised: " + csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains(",\"=HYPERLINK"), csv);
    }
}
