package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.leadpractitioner.it.api.TestPeople.Person;

/**
 * Correcting what is recorded about a family over HTTP: a child's details and whom they live with, a member's
 * parental responsibility, and which children an open case covers (a child who leaves takes their lead's cover
 * with them) — each change guarded by If-Match, scoped to the case, and refused with the field to fix.
 */
@ExtendWith(ArquillianExtension.class)
class RecordCorrectionsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private record World(String name, long familyId, long mum, long dad, long amy, long ben, long caseId, Person worker,
            Person manager, Person outsider, Casework work) {
    }

    /** The Nowak family (Ewa, Piotr), Amy (9) on an open case with Ewa's consent; Ben (4) not yet on it. */
    private World world(boolean separated) {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person manager = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER", "SUPERVISOR");
        Person worker = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", agency, manager.practitionerId(),
                "PRACTITIONER");
        Person outsider = TestPeople.person(admin, "Oli", "Outsider" + t, "FAMILY_WORKER", agency, null, "PRACTITIONER");
        Casework work = new Casework(worker.api());
        String name = "Nowak" + t;
        long familyId = work.family(name, separated);
        long mum = work.member(familyId, "Ewa", name, "MOTHER", true);
        long dad = work.member(familyId, "Piotr", name, "FATHER", true);
        long amy = work.child(familyId, "Amy", name, LocalDate.now().minusYears(9), "NONE", mum);
        long ben = work.child(familyId, "Ben", name, LocalDate.now().minusYears(4), "NONE", mum);
        long caseId = work.open(familyId, mum, amy);
        return new World(name, familyId, mum, dad, amy, ben, caseId, worker, manager, outsider, work);
    }

    private static JsonObjectBuilder child(String given, String family, LocalDate born, String sen, long... livesWith) {
        var ids = Json.createArrayBuilder();
        for (long id : livesWith) {
            ids.add(id);
        }
        return Json.createObjectBuilder().add("givenName", given).add("familyName", family).add("dateOfBirth", born.toString())
                .add("senStatus", sen).add("livesWithMemberIds", ids);
    }

    private static List<Long> ids(JsonObject record, String array) {
        return record.getJsonArray(array).getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue())
                .sorted().toList();
    }

    @Test
    void aChildsDetailsAndHomeAreCorrectedUnderOptimisticLocking() {
        World w = world(false);
        ApiClient api = w.worker().api();
        String path = "/children/" + w.amy();
        ApiClient.Reply before = api.get(path).expect(200);
        LocalDate born = LocalDate.now().minusYears(10).minusDays(3);

        JsonObject after = api.put(path, child("Amelia", w.name(), born, "SEN_SUPPORT", w.mum(), w.dad()).build(), before.etag())
                .expect(200).json();
        assertEquals("Amelia " + w.name(), after.getString("displayName"));
        assertEquals(born.toString(), after.getString("dateOfBirth"));
        assertEquals("SEN_SUPPORT", after.getString("senStatus"));
        assertEquals(List.of(w.mum(), w.dad()), ids(after, "livesWith"));
        assertEquals(List.of(w.mum(), w.dad()), ids(after, "familyMembers"));

        // a change of home alone is a change: the version moves on, and the old ETag no longer fits
        ApiClient.Reply current = api.get(path).expect(200);
        JsonObject movedOut = api.put(path, child("Amelia", w.name(), born, "SEN_SUPPORT", w.mum()).build(), current.etag())
                .expect(200).json();
        assertEquals(List.of(w.mum()), ids(movedOut, "livesWith"));
        assertNotEquals(current.etag(), api.get(path).etag());
        assertEquals("stale-version", api.put(path, child("Amy", w.name(), born, "NONE").build(), current.etag())
                .expect(412).code());
        assertEquals(428, api.put(path, child("Amy", w.name(), born, "NONE").build(), null).status());
        assertEquals("Amelia " + w.name(), api.get(path).json().getString("displayName"), "nothing was overwritten");
    }

    @Test
    void badCorrectionsNameTheFieldAndChangeNothing() {
        World w = world(false);
        ApiClient api = w.worker().api();
        String path = "/children/" + w.amy();
        String etag = api.get(path).etag();

        ApiClient.Reply blank = api.put(path, child(" ", w.name(), LocalDate.now().minusYears(9), "NONE").build(), etag);
        assertEquals(400, blank.status(), blank.toString());
        assertTrue(blank.fields().contains("givenName"), blank.toString());

        long strangerFamily = w.work().family("Other" + w.name(), false);
        long stranger = w.work().member(strangerFamily, "Stan", "Other", "FATHER", true);
        ApiClient.Reply notFamily = api.put(path, child("Amy", w.name(), LocalDate.now().minusYears(9), "NONE", stranger).build(),
                etag).expect(422);
        assertEquals("family.member-unknown", notFamily.code());
        assertEquals(List.of("livesWithMemberIds"), notFamily.fields());

        ApiClient.Reply future = api.put(path, child("Amy", w.name(), LocalDate.now().plusDays(2), "NONE").build(), etag);
        assertEquals(400, future.status(), future.toString());
        assertTrue(future.fields().contains("dateOfBirth"), future.toString());

        assertEquals(etag, api.get(path).etag(), "nothing was saved");
        assertEquals(List.of(w.mum()), ids(api.get(path).json(), "livesWith"));
    }

    @Test
    void aMembersParentalResponsibilityIsCorrected() {
        World w = world(false);
        ApiClient api = w.worker().api();
        String path = "/families/" + w.familyId() + "/members/" + w.dad();
        ApiClient.Reply before = api.get(path).expect(200);
        assertTrue(before.json().getBoolean("holdsParentalResponsibility"));
        JsonObject changes = Json.createObjectBuilder().add("givenName", "Piotr").add("familyName", w.name())
                .add("relationship", "STEP_PARENT").add("holdsParentalResponsibility", false).add("phone", "07700 900123").build();

        JsonObject after = api.put(path, changes, before.etag()).expect(200).json();
        assertEquals("STEP_PARENT", after.getString("relationship"));
        assertEquals(false, after.getBoolean("holdsParentalResponsibility"));
        assertEquals("07700 900123", after.getString("phone"));
        assertEquals("stale-version", api.put(path, changes, before.etag()).expect(412).code());

        // without parental responsibility, Piotr can no longer withdraw consent
        ApiClient.Reply refused = api.post("/cases/" + w.caseId() + "/consent-withdrawal", Json.createObjectBuilder()
                .add("memberId", w.dad()).add("withdrawnOn", LocalDate.now().toString()).build(),
                api.get("/cases/" + w.caseId()).etag()).expect(422);
        assertEquals("consent.giver-without-parental-responsibility", refused.code());

        ApiClient.Reply unknown = api.put("/families/" + w.familyId() + "/members/" + w.amy(), changes, before.etag());
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals("not-found", unknown.code());
    }

    @Test
    void onlyThoseWhoMaySeeTheCaseCanCorrectTheRecord() {
        World w = world(false);
        String etag = w.worker().api().get("/children/" + w.amy()).etag();
        ApiClient.Reply outsider = w.outsider().api().put("/children/" + w.amy(),
                child("Amy", w.name(), LocalDate.now().minusYears(9), "NONE").build(), etag);
        assertEquals(404, outsider.status(), outsider.toString());
        ApiClient.Reply member = w.outsider().api().put("/families/" + w.familyId() + "/members/" + w.mum(),
                Json.createObjectBuilder().add("givenName", "X").add("familyName", "Y").add("relationship", "MOTHER")
                        .add("holdsParentalResponsibility", true).build(), "\"0\"");
        assertEquals(404, member.status(), member.toString());
        assertEquals("Amy " + w.name(), w.worker().api().get("/children/" + w.amy()).json().getString("displayName"));
    }

    @Test
    void aSiblingJoinsTheCaseAndLeavesItTakingTheLeadsCoverWithThem() {
        World w = world(false);
        ApiClient api = w.worker().api();
        String path = "/cases/" + w.caseId();
        assertEquals(List.of(w.ben()), ids(api.get(path).json(), "otherChildren"));

        JsonObject joined = api.post(path + "/children", Json.createObjectBuilder().add("childId", w.ben()).build(),
                api.get(path).etag()).expect(200).json();
        assertEquals(List.of(w.amy(), w.ben()), ids(joined, "children"));
        assertEquals(List.of(), ids(joined, "otherChildren"));

        // Fay leads for both; then Ben leaves the case
        w.work().appointLead(w.caseId(), w.worker(), w.manager(), w.amy(), w.ben());
        JsonObject left = api.send("DELETE", path + "/children/" + w.ben(), null, Map.of("If-Match", api.get(path).etag()))
                .expect(200).json();
        assertEquals(List.of(w.amy()), ids(left, "children"));
        JsonObject panel = api.get(path + "/leads").expect(200).json();
        List<JsonObject> leads = panel.getJsonArray("children").getValuesAs(JsonObject.class);
        assertEquals(1, leads.size(), panel.toString());
        assertEquals(w.amy(), leads.get(0).getJsonNumber("childId").longValue());
        JsonObject bensPeriod = panel.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("childId").longValue() == w.ben()).findFirst()
                .orElseThrow(() -> new AssertionError("Ben's lead period is gone from the history: " + panel));
        assertEquals(LocalDate.now().toString(), bensPeriod.getString("until"), "Ben's lead ended today");

        // Amy is the last child: she cannot leave (the case closes instead)
        ApiClient.Reply last = api.send("DELETE", path + "/children/" + w.amy(), null, Map.of("If-Match", api.get(path).etag()))
                .expect(422);
        assertEquals("case.last-child", last.code());
        assertEquals(List.of("childId"), last.fields());
    }

    @Test
    void aChildJoinsOnlyOnTheRulesOfOpening() {
        World w = world(true);
        ApiClient api = w.worker().api();
        String path = "/cases/" + w.caseId();

        // Ben lives with his father only, and the parents are separated: Ewa's consent cannot cover him
        String benPath = "/children/" + w.ben();
        api.put(benPath, child("Ben", w.name(), LocalDate.now().minusYears(4), "NONE", w.dad()).build(), api.get(benPath).etag())
                .expect(200);
        String etag = api.get(path).etag();
        ApiClient.Reply refused = api.post(path + "/children", Json.createObjectBuilder().add("childId", w.ben()).build(), etag)
                .expect(422);
        assertEquals("consent.giver-not-resident-parent", refused.code());
        assertEquals(List.of("childId"), refused.fields());

        // a child on another open case cannot join either
        long other = w.work().open(w.familyId(), w.dad(), w.ben());
        assertTrue(other > 0);
        ApiClient.Reply onAnother = api.post(path + "/children", Json.createObjectBuilder().add("childId", w.ben()).build(), etag)
                .expect(422);
        assertEquals("case.child-already-on-open-case", onAnother.code());

        ApiClient.Reply missing = api.post(path + "/children", Json.createObjectBuilder().build(), etag);
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.fields().contains("childId"), missing.toString());
        assertEquals(etag, api.get(path).etag(), "nothing was saved");
    }
}
