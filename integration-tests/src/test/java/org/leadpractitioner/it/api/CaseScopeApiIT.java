package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.leadpractitioner.it.api.TestPeople.Person;

/**
 * Access follows the case (DOMAIN.md, information governance), seen from the API: a practitioner sees the
 * cases they work on; their line manager sees them too; the early help coordinator sees every case; any
 * other practitioner gets 404 for the case, its family and its children, and does not find it in a search.
 */
@ExtendWith(ArquillianExtension.class)
class CaseScopeApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private record World(String family, long familyId, long childId, long caseId, Person worker, Person supervisor,
            Person outsider, Person coordinator, ApiClient admin) {
    }

    /** A worker (line-managed by a supervisor) with an open case; an outsider and a coordinator elsewhere. */
    private World world() {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Support " + t);
        long hub = TestPeople.agency(admin, "Early Help Hub " + t);
        Person supervisor = TestPeople.person(admin, "Sue", "Super" + t, "SENIOR_MANAGER", agency, null,
                "PRACTITIONER", "SUPERVISOR");
        Person worker = TestPeople.person(admin, "Wes", "Worker" + t, "FAMILY_WORKER", agency, supervisor.practitionerId(),
                "PRACTITIONER");
        Person outsider = TestPeople.person(admin, "Oli", "Outsider" + t, "FAMILY_WORKER", agency, null, "PRACTITIONER");
        Person coordinator = TestPeople.person(admin, "Cat", "Coord" + t, "EARLY_HELP_COORDINATOR", hub, null,
                "PRACTITIONER", "COORDINATOR");

        Casework work = new Casework(worker.api());
        String family = "Scope" + t;
        long familyId = work.family(family, false);
        long mother = work.member(familyId, "Mae", family, "MOTHER", true);
        long childId = work.child(familyId, "Kit", family, LocalDate.now().minusYears(7), "NONE", mother);
        long caseId = work.open(familyId, mother, childId);
        return new World(family, familyId, childId, caseId, worker, supervisor, outsider, coordinator, admin);
    }

    @Test
    void aPractitionerNotOnTheCaseCannotSeeItOrItsFamily() {
        World w = world();
        ApiClient outsider = w.outsider().api();
        for (String path : List.of("/cases/" + w.caseId(), "/families/" + w.familyId(), "/children/" + w.childId())) {
            ApiClient.Reply reply = outsider.get(path).expect(404);
            assertEquals("not-found", reply.code());
            // the same answer as for an id that does not exist: probing reveals nothing
            assertFalse(reply.body().contains(w.family()), reply.toString());
        }
        assertFalse(ids(outsider.get("/cases?q=" + w.family())).contains(w.caseId()));
        assertEquals(0, outsider.get("/cases?q=" + w.family()).json().getJsonNumber("total").longValue());
        assertFalse(ids(outsider.get("/cases?limit=100")).contains(w.caseId()));
        assertFalse(ids(outsider.get("/cases/mine?includeClosed=true&limit=100")).contains(w.caseId()));
        assertEquals(0, outsider.get("/families?q=" + w.family()).json().getJsonNumber("total").longValue());
        assertEquals(0, outsider.get("/families").json().getJsonNumber("total").longValue(), "no family in an empty scope");

        // nor change it, add to it, or use its family for a case of their own
        String etag = w.worker().api().get("/cases/" + w.caseId()).expect(200).etag();
        outsider.post("/cases/" + w.caseId() + "/step-up", Json.createObjectBuilder().add("on", LocalDate.now().toString())
                .add("reason", "Not mine to step up").build(), etag).expect(404);
        outsider.post("/cases/" + w.caseId() + "/practitioners", Json.createObjectBuilder()
                .add("practitionerId", w.outsider().practitionerId()).build(), etag).expect(404);
        outsider.post("/families/" + w.familyId() + "/members", Json.createObjectBuilder().add("givenName", "X")
                .add("familyName", "Y").add("relationship", "OTHER").build()).expect(404);
        outsider.post("/children/" + w.childId() + "/circumstances", Json.createObjectBuilder().add("type", "LOOKED_AFTER")
                .add("startDate", LocalDate.now().toString()).build()).expect(404);
        assertEquals("OPEN", w.worker().api().get("/cases/" + w.caseId()).expect(200).json().getString("status"));
        assertEquals(etag, w.worker().api().get("/cases/" + w.caseId()).etag(), "nothing changed");
    }

    @Test
    void theWorkersSupervisorSeesTheCase() {
        World w = world();
        ApiClient supervisor = w.supervisor().api();
        assertEquals(w.caseId(), supervisor.get("/cases/" + w.caseId()).expect(200).id());
        supervisor.get("/families/" + w.familyId()).expect(200);
        supervisor.get("/children/" + w.childId()).expect(200);
        assertEquals(List.of(w.caseId()), ids(supervisor.get("/cases?q=" + w.family())));
        // the list of families without a search: exactly the one in the team's scope, counted up
        JsonObject families = supervisor.get("/families").expect(200).json();
        assertEquals(1, families.getJsonNumber("total").longValue(), families.toString());
        JsonObject family = families.getJsonArray("items").getJsonObject(0);
        assertEquals(w.familyId(), family.getJsonNumber("id").longValue());
        assertEquals(1, family.getJsonNumber("children").longValue());
        assertEquals(1, family.getJsonNumber("openCases").longValue());
        assertTrue(ids(supervisor.get("/cases/mine?limit=100")).contains(w.caseId()), "a supervisee's case is among mine");
        assertTrue(ReferenceAndPeopleApiIT.ids(supervisor.get("/practitioners/" + w.supervisor().practitionerId()
                + "/supervisees").expect(200).array()).contains(w.worker().practitionerId()));
    }

    @Test
    void theCoordinatorSeesEveryCase() {
        World w = world();
        ApiClient coordinator = w.coordinator().api();
        assertEquals(w.caseId(), coordinator.get("/cases/" + w.caseId()).expect(200).id());
        coordinator.get("/families/" + w.familyId()).expect(200);
        coordinator.get("/children/" + w.childId()).expect(200);
        assertEquals(List.of(w.caseId()), ids(coordinator.get("/cases?q=" + w.family() + "&status=OPEN")));
        assertEquals(1, coordinator.get("/families?q=" + w.family()).json().getJsonNumber("total").longValue());
        // seeing every case is not working on it
        assertFalse(ids(coordinator.get("/cases/mine?limit=100")).contains(w.caseId()));
    }

    @Test
    void involvingAPractitionerBringsTheCaseIntoTheirScope() {
        World w = world();
        w.outsider().api().get("/cases/" + w.caseId()).expect(404);
        String etag = w.worker().api().get("/cases/" + w.caseId()).etag();
        w.worker().api().post("/cases/" + w.caseId() + "/practitioners", Json.createObjectBuilder()
                .add("practitionerId", w.outsider().practitionerId()).build(), etag).expect(200);
        w.outsider().api().get("/cases/" + w.caseId()).expect(200);
        w.outsider().api().get("/families/" + w.familyId()).expect(200);
        w.outsider().api().get("/children/" + w.childId()).expect(200);
        assertEquals(List.of(w.caseId()), ids(w.outsider().api().get("/cases?q=" + w.family())));
    }

    @Test
    void theAdministratorSeesNoCaseContent() {
        World w = world();
        assertEquals("forbidden", w.admin().get("/cases/" + w.caseId()).expect(403).code());
        w.admin().get("/cases?q=" + w.family()).expect(403);
        w.admin().get("/families/" + w.familyId()).expect(403);
        w.admin().get("/children/" + w.childId()).expect(403);
    }

    private static List<Long> ids(ApiClient.Reply page) {
        return ReferenceAndPeopleApiIT.ids(page.expect(200).json().getJsonArray("items"));
    }
}
