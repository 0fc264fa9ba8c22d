package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.leadpractitioner.it.api.TestPeople.Person;

/**
 * Appointing a lead practitioner over HTTP: the statutory rules refuse (naming the rule) or ask for a
 * justification, the workflow runs proposed → accepted → agreed → family's wish → in force, one child never
 * has two leads even when two proposals race, and a case with a child without a lead does not close.
 */
@ExtendWith(ArquillianExtension.class)
class LeadAppointmentApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private record World(long caseId, long amy, long ben, Person worker, Person manager, Person socialWorker,
            Person outsider, Casework work) {
    }

    /** A family worker (managed by Mo) with an open case for Amy (9) and Ben (4); a social worker; an outsider. */
    private World world(String amySen) {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        long council = TestPeople.agency(admin, "Children's Social Care " + t);
        Person manager = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER", "SUPERVISOR");
        Person worker = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", agency, manager.practitionerId(),
                "PRACTITIONER");
        Person socialWorker = TestPeople.person(admin, "Sue", "Social" + t, "SOCIAL_WORKER", council, manager.practitionerId(),
                "PRACTITIONER");
        Person outsider = TestPeople.person(admin, "Oli", "Outsider" + t, "FAMILY_WORKER", agency, null, "PRACTITIONER");
        Casework work = new Casework(worker.api());
        String family = "Lead" + t;
        long familyId = work.family(family, false);
        long mum = work.member(familyId, "Sarah", family, "MOTHER", true);
        long amy = work.child(familyId, "Amy", family, LocalDate.now().minusYears(9), amySen, mum);
        long ben = work.child(familyId, "Ben", family, LocalDate.now().minusYears(4), "NONE", mum);
        long caseId = work.open(familyId, mum, amy, ben);
        return new World(caseId, amy, ben, worker, manager, socialWorker, outsider, work);
    }

    private static JsonObjectBuilder proposal(long practitionerId, long childId) {
        return Json.createObjectBuilder().add("practitionerId", practitionerId)
                .add("childIds", Json.createArrayBuilder().add(childId)).add("designation", "FAMILY_HELP_LEAD_PRACTITIONER")
                .add("effectiveFrom", LocalDate.now().toString()).add("atTaf", true).add("tafDate", LocalDate.now().toString());
    }

    private static JsonObject findingOf(JsonObject result, String rule) {
        return result.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("rule").equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of " + rule + " in " + result));
    }

    @Test
    void proposedAcceptedAgreedTheFamilysWishThenInForce() {
        World w = world("NONE");
        ApiClient worker = w.worker().api();
        ApiClient.Reply proposed = worker.post("/cases/" + w.caseId() + "/appointments",
                proposal(w.worker().practitionerId(), w.amy()).build()).expect(201);
        long id = proposed.id();
        assertTrue(proposed.location().endsWith("/appointments/" + id), proposed.location());
        assertEquals("PROPOSED", proposed.json().getString("status"));
        assertTrue(proposed.json().getString("nextStep").contains("to accept"), proposed.toString());

        ApiClient manager = w.manager().api();
        assertEquals("assignment.not-accepted-yet",
                manager.post("/appointments/" + id + "/agreement", Json.createObjectBuilder().build(),
                        manager.get("/appointments/" + id).expect(200).etag()).expect(422).code());
        w.outsider().api().get("/appointments/" + id).expect(404);

        String etag = worker.get("/appointments/" + id).expect(200).etag();
        worker.post("/appointments/" + id + "/acceptance", Json.createObjectBuilder().build(), etag).expect(200);
        worker.post("/appointments/" + id + "/acceptance", Json.createObjectBuilder().build(), etag).expect(412);

        ApiClient.Reply waiting = manager.get("/appointments/waiting-for-me").expect(200);
        assertTrue(waiting.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getJsonNumber("id").longValue() == id), waiting.toString());
        manager.post("/appointments/" + id + "/agreement", Json.createObjectBuilder().build(),
                manager.get("/appointments/" + id).etag()).expect(200);

        // the family asked for the social worker: not met, so a reason is required
        // (a JSON builder empties itself when built, hence a new one for each request)
        JsonObjectBuilder wish = Json.createObjectBuilder().add("wish", "ASKED_FOR_PRACTITIONER")
                .add("askedForPractitionerId", w.socialWorker().practitionerId());
        ApiClient.Reply noReason = worker.put("/appointments/" + id + "/family-wish", wish.build(),
                worker.get("/appointments/" + id).etag()).expect(422);
        assertEquals(List.of("reasonNotMet"), noReason.fields());
        JsonObject confirmed = worker.put("/appointments/" + id + "/family-wish",
                Json.createObjectBuilder().add("wish", "ASKED_FOR_PRACTITIONER")
                        .add("askedForPractitionerId", w.socialWorker().practitionerId())
                        .add("reasonNotMet", "Sue has no capacity; Fay already works with Amy at home").build(),
                worker.get("/appointments/" + id).etag()).expect(200).json();
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertFalse(confirmed.getBoolean("familyWishMet"));

        JsonObject panel = worker.get("/cases/" + w.caseId() + "/leads").expect(200).json();
        List<JsonObject> children = panel.getJsonArray("children").getValuesAs(JsonObject.class);
        JsonObject amy = children.stream().filter(c -> c.getJsonNumber("childId").longValue() == w.amy()).findFirst().orElseThrow();
        JsonObject ben = children.stream().filter(c -> c.getJsonNumber("childId").longValue() == w.ben()).findFirst().orElseThrow();
        assertEquals(confirmed.getJsonObject("lead").getString("name"), amy.getString("leadName"));
        assertTrue(ben.getJsonArray("flags").getString(0).contains("No lead practitioner"), ben.toString());
        assertTrue(worker.get("/cases/led-by-me").expect(200).body().contains("\"caseId\":" + w.caseId()));

        // Ben has no lead, so the case cannot close with a plan agreed
        ApiClient.Reply closing = worker.post("/cases/" + w.caseId() + "/closure", Json.createObjectBuilder()
                .add("reason", "SUSTAINABILITY_PLAN_AGREED").add("on", LocalDate.now().toString())
                .add("note", "Routines in place").build(), worker.get("/cases/" + w.caseId()).etag()).expect(422);
        assertEquals("case.child-without-lead", closing.code());
        assertTrue(closing.json().getString("detail").contains("Ben"), closing.toString());
        assertEquals("OPEN", worker.get("/cases/" + w.caseId()).json().getString("status"), "nothing saved");
    }

    @Test
    void aBrokenMustRuleRefusesNamingTheRuleAndNothingIsSaved() {
        World w = world("NONE");
        ApiClient worker = w.worker().api();
        worker.post("/children/" + w.amy() + "/circumstances", Json.createObjectBuilder().add("type", "LOOKED_AFTER")
                .add("startDate", LocalDate.now().minusMonths(2).toString())
                .add("responsiblePractitionerId", w.socialWorker().practitionerId()).build()).expect(201);

        JsonObject dryRun = worker.post("/cases/" + w.caseId() + "/lead-checks", Json.createObjectBuilder()
                .add("practitionerId", w.worker().practitionerId()).add("childIds", Json.createArrayBuilder().add(w.amy()))
                .add("designation", "FAMILY_HELP_LEAD_PRACTITIONER").build()).expect(200).json();
        assertFalse(dryRun.getBoolean("allowed"));
        JsonObject lookedAfter = findingOf(dryRun, "looked-after");
        assertEquals("REFUSED", lookedAfter.getString("verdict"));
        assertEquals("MUST", lookedAfter.getString("strength"));
        assertTrue(lookedAfter.getString("explanation").contains("Sue Social"), lookedAfter.toString());
        assertTrue(lookedAfter.getString("source").contains("Bedfordshire"));

        ApiClient.Reply refused = worker.post("/cases/" + w.caseId() + "/appointments",
                proposal(w.worker().practitionerId(), w.amy()).build()).expect(422);
        assertEquals("assignment.statutory-rule", refused.code());
        assertEquals(List.of("practitionerId"), refused.fields());
        assertEquals("looked-after", refused.json().getJsonArray("rules").getJsonObject(0).getString("rule"));
        assertTrue(worker.get("/cases/" + w.caseId() + "/leads").json().getJsonArray("pending").isEmpty(), "nothing saved");

        JsonObject named = worker.post("/cases/" + w.caseId() + "/lead-checks", Json.createObjectBuilder()
                .add("practitionerId", w.socialWorker().practitionerId()).add("childIds", Json.createArrayBuilder().add(w.amy()))
                .add("designation", "FAMILY_HELP_LEAD_PRACTITIONER").build()).expect(200).json();
        assertTrue(named.getBoolean("allowed"), named.toString());
        worker.post("/cases/" + w.caseId() + "/appointments", proposal(w.socialWorker().practitionerId(), w.amy()).build())
                .expect(201);
        // the proposed social worker joined the case, so they can see it to decide
        w.socialWorker().api().get("/cases/" + w.caseId()).expect(200);
    }

    @Test
    void candidatesAreRankedWithTheirReasonsAndTheNamedSocialWorkerComesFirstForALookedAfterChild() {
        World w = world("NONE");
        ApiClient worker = w.worker().api();
        JsonObject before = worker.get("/cases/" + w.caseId() + "/lead-candidates").expect(200).json();
        List<JsonObject> ranked = before.getJsonArray("candidates").getValuesAs(JsonObject.class);
        assertEquals(List.of(w.worker().practitionerId()), ranked.stream().map(c -> c.getJsonNumber("practitionerId")
                .longValue()).toList(), "only the practitioners working with the family: " + before);
        JsonObject fay = ranked.get(0);
        assertEquals(7, fay.getJsonArray("reasons").size(), "every criterion is shown: " + fay);
        assertTrue(fay.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().anyMatch(r ->
                r.getString("criterion").equals("RELATIONSHIP") && r.getString("effect").equals("FOR")), fay.toString());
        assertTrue(fay.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().anyMatch(r ->
                r.getString("criterion").equals("TRAINING") && r.getString("effect").equals("AGAINST")), fay.toString());

        worker.post("/children/" + w.amy() + "/circumstances", Json.createObjectBuilder().add("type", "LOOKED_AFTER")
                .add("startDate", LocalDate.now().minusMonths(2).toString())
                .add("responsiblePractitionerId", w.socialWorker().practitionerId()).build()).expect(201);
        JsonObject after = worker.get("/cases/" + w.caseId() + "/lead-candidates?childId=" + w.amy()).expect(200).json();
        List<JsonObject> now = after.getJsonArray("candidates").getValuesAs(JsonObject.class);
        assertEquals(List.of(w.socialWorker().practitionerId(), w.worker().practitionerId()), now.stream()
                .map(c -> c.getJsonNumber("practitionerId").longValue()).toList(), after.toString());
        assertTrue(now.get(0).getBoolean("allowed"));
        assertFalse(now.get(1).getBoolean("allowed"), "a family worker may not lead for a looked-after child");
        assertEquals("BARS", now.get(1).getJsonArray("reasons").getJsonObject(0).getString("effect"));
        assertEquals(404, w.outsider().api().get("/cases/" + w.caseId() + "/lead-candidates").status());
        assertEquals(422, worker.get("/cases/" + w.caseId() + "/lead-candidates?childId=999999999").status());
    }

    @Test
    void aPractitionerWithoutALineManagerSeesWhatWaitsForThem() {
        World w = world("NONE");
        long id = w.worker().api().post("/cases/" + w.caseId() + "/appointments",
                proposal(w.outsider().practitionerId(), w.ben()).build()).expect(201).id();
        ApiClient.Reply waiting = w.outsider().api().get("/appointments/waiting-for-me").expect(200);
        assertTrue(waiting.body().contains("\"id\":" + id), waiting.toString());
        assertEquals(1, waiting.json().getJsonNumber("total").longValue(), waiting.toString());
    }

    @Test
    void aGuidanceRuleNotFollowedNeedsAWrittenJustification() {
        World w = world("SEN_SUPPORT");
        ApiClient worker = w.worker().api();
        ApiClient.Reply missing = worker.post("/cases/" + w.caseId() + "/appointments",
                proposal(w.worker().practitionerId(), w.amy()).build()).expect(422);
        assertEquals("assignment.justification-required", missing.code());
        assertEquals(List.of("justification"), missing.fields());
        assertTrue(missing.json().getString("detail").contains("SENCO"), missing.toString());

        JsonObject created = worker.post("/cases/" + w.caseId() + "/appointments", proposal(w.worker().practitionerId(), w.amy())
                .add("justification", "Amy's needs are at home; school reports no concerns").build()).expect(201).json();
        assertEquals("Amy's needs are at home; school reports no concerns", created.getString("justification"));
    }

    @Test
    void twoSimultaneousProposalsForOneChildExactlyOneSucceeds() throws Exception {
        World w = world("NONE");
        ApiClient worker = w.worker().api();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (long candidate : List.of(w.worker().practitionerId(), w.socialWorker().practitionerId())) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return worker.post("/cases/" + w.caseId() + "/appointments", proposal(candidate, w.ben()).build());
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiClient.Reply> r : replies) {
                ApiClient.Reply reply = r.get();
                statuses.add(reply.status());
                if (reply.status() == 409) {
                    assertEquals("assignment.child-already-proposed.conflict", reply.code());
                }
            }
            assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, worker.get("/cases/" + w.caseId() + "/leads").json().getJsonArray("pending").size());
    }

    @Test
    void badInputNamesTheFieldToFix() {
        World w = world("NONE");
        ApiClient worker = w.worker().api();
        String path = "/cases/" + w.caseId() + "/appointments";
        assertEquals(List.of("practitionerId"), worker.post(path, proposal(999_999_999L, w.amy()).build()).expect(422).fields());
        assertEquals(List.of("childIds"), worker.post(path, proposal(w.worker().practitionerId(), 999_999_999L).build())
                .expect(422).fields());
        assertEquals(List.of("effectiveFrom"), worker.post(path, proposal(w.worker().practitionerId(), w.amy())
                .add("effectiveFrom", LocalDate.now().minusYears(1).toString()).build()).expect(422).fields());
        assertEquals(List.of("contingencyId"), worker.post(path, proposal(w.worker().practitionerId(), w.amy())
                .add("contingencyId", w.worker().practitionerId()).build()).expect(422).fields());
        assertEquals("invalid-input", worker.post(path, Json.createObjectBuilder().add("practitionerId", 1).build())
                .expect(400).code());
        assertEquals(404, w.outsider().api().post(path, proposal(w.outsider().practitionerId(), w.amy()).build()).status());
        assertTrue(worker.get("/cases/" + w.caseId() + "/leads").json().getJsonArray("pending").isEmpty(), "nothing saved");
    }
}
