package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 * Training records over HTTP: the seeded catalogue, bookings and completions with their mistakes refused on the
 * field, evidence files (type and size checked, downloaded only by those who keep the record), needs closed with a
 * note, and "trained for the lead role" once every mandatory module is done.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private record World(Person worker, Person colleague, Person manager) {
    }

    private World world() {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person manager = TestPeople.person(admin, "Mia", "Manager" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER", "SUPERVISOR");
        Person worker = TestPeople.person(admin, "Wes", "Worker" + t, "FAMILY_WORKER", agency, manager.practitionerId(),
                "PRACTITIONER");
        Person colleague = TestPeople.person(admin, "Col", "Colleague" + t, "FAMILY_WORKER", agency, null, "PRACTITIONER");
        return new World(worker, colleague, manager);
    }

    private static List<JsonObject> coreModules(ApiClient api) {
        return api.get("/courses").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").startsWith("Core competencies ")).toList();
    }

    @Test
    void theCatalogueIsSeededWithTheFourCoreCompetencyModulesAndKeptByTheCoordinatorOnly() {
        World w = world();
        List<JsonObject> modules = coreModules(w.worker().api());
        assertEquals(4, modules.size(), modules.toString());
        assertTrue(modules.stream().allMatch(c -> c.getBoolean("mandatoryForLead")));
        assertTrue(modules.get(0).getJsonArray("areaCodes").toString().contains("COMMUNICATION_AND_ENGAGEMENT"), modules.toString());
        assertEquals(403, w.manager().api().post("/courses", Json.createObjectBuilder().add("title", "Mine")
                .add("provider", "Me").add("durationMinutes", 30).build()).status());
    }

    @Test
    void bookingCompletingAndEvidenceWithTheirMistakesRefusedOnTheField() {
        World w = world();
        ApiClient api = w.worker().api();
        long me = w.worker().practitionerId();
        long course = coreModules(api).get(0).getJsonNumber("id").longValue();
        String records = "/training/practitioners/" + me + "/records";

        ApiClient.Reply past = api.post(records, Json.createObjectBuilder().add("courseId", course)
                .add("bookedFor", LocalDate.now().minusDays(1).toString()).build()).expect(422);
        assertEquals(List.of("bookedFor"), past.fields());
        ApiClient.Reply booked = api.post(records, Json.createObjectBuilder().add("courseId", course)
                .add("bookedFor", LocalDate.now().plusDays(10).toString()).build()).expect(201);
        assertEquals("BOOKED", booked.json().getString("status"));
        ApiClient.Reply twice = api.post(records, Json.createObjectBuilder().add("courseId", course)
                .add("bookedFor", LocalDate.now().plusDays(20).toString()).build()).expect(422);
        assertEquals("training.already-booked", twice.code());
        assertEquals(List.of("courseId"), twice.fields());
        assertTrue(api.get("/training/me").expect(200).json().getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
                .anyMatch(g -> g.getString("message").contains("Booked for")), "the gap shows the booking");

        String path = "/training/records/" + booked.id();
        ApiClient.Reply future = api.post(path + "/completion", Json.createObjectBuilder()
                .add("completedOn", LocalDate.now().plusDays(1).toString()).build(), booked.etag()).expect(422);
        assertEquals(List.of("completedOn"), future.fields());
        ApiClient.Reply done = api.post(path + "/completion", Json.createObjectBuilder()
                .add("completedOn", LocalDate.now().toString()).add("provider", "Riverside training hub").build(),
                booked.etag()).expect(200);
        assertEquals("COMPLETED", done.json().getString("status"));
        assertEquals(422, api.post(path + "/cancellation", Json.createObjectBuilder().build(), done.etag()).status(),
                "a completion is not cancelled");

        // evidence: the type and size are checked; the file comes back as it was, to those who keep the record
        ApiClient.Reply wrongType = api.putFile(path + "/evidence?fileName=notes.txt", "hello".getBytes(StandardCharsets.UTF_8),
                "text/plain", done.etag()).expect(422);
        assertEquals("training-evidence.type-not-accepted", wrongType.code());
        assertEquals(413, api.putFile(path + "/evidence?fileName=big.pdf", new byte[5 * 1024 * 1024 + 1], "application/pdf",
                done.etag()).status());
        byte[] pdf = "%PDF-1.4 certificate of attendance".getBytes(StandardCharsets.US_ASCII);
        ApiClient.Reply attached = api.putFile(path + "/evidence?fileName=certificate%20%C3%A9t%C3%A9.pdf", pdf,
                "application/pdf", done.etag()).expect(200);
        assertEquals("certificate été.pdf", attached.json().getJsonObject("evidence").getString("fileName"));
        assertArrayEquals(pdf, api.file(path + "/evidence", "application/pdf"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        assertEquals(412, api.putFile(path + "/evidence?fileName=old-version.png", png, "image/png", done.etag()).status(),
                "attaching changes the record's version: an upload based on the old one is refused");
        ApiClient.Reply replaced = api.putFile(path + "/evidence?fileName=photo.png", png, "image/png", attached.etag())
                .expect(200);
        assertEquals("photo.png", replaced.json().getJsonObject("evidence").getString("fileName"));
        assertArrayEquals(png, api.file(path + "/evidence", "image/png"), "the new document replaced the old one");
        assertArrayEquals(png, w.manager().api().file(path + "/evidence", "image/png"), "the line manager");
        assertEquals(404, w.colleague().api().get(path + "/evidence", java.util.Map.of("Accept", "*/*")).status());
        assertEquals(404, w.colleague().api().get("/training/practitioners/" + me).status());
    }

    @Test
    void needsCloseWithANoteAndAllFourModulesMakeAPractitionerTrainedForTheLeadRole() {
        World w = world();
        ApiClient api = w.worker().api();
        long me = w.worker().practitionerId();
        String needs = "/training/practitioners/" + me + "/needs";

        ApiClient.Reply future = api.post(needs, Json.createObjectBuilder().add("description", "Shadow a TAF chair")
                .add("raisedOn", LocalDate.now().plusDays(2).toString()).build()).expect(422);
        assertEquals(List.of("raisedOn"), future.fields());
        ApiClient.Reply raised = w.manager().api().post(needs, Json.createObjectBuilder()
                .add("description", "Shadow a TAF chair").build()).expect(201);
        ApiClient.Reply noNote = api.post("/training/needs/" + raised.id() + "/met", Json.createObjectBuilder().build(),
                raised.etag()).expect(422);
        assertEquals(List.of("note"), noNote.fields());
        JsonObject met = api.post("/training/needs/" + raised.id() + "/met", Json.createObjectBuilder()
                .add("note", "Shadowed Amy at two TAF meetings").build(), raised.etag()).expect(200).json();
        assertEquals("MET", met.getString("status"));

        assertFalse(w.colleague().api().get("/training/practitioners/" + me + "/lead-role").expect(200).json()
                .getBoolean("trainedForLeadRole"));
        for (JsonObject module : coreModules(api)) {
            api.post("/training/practitioners/" + me + "/records", Json.createObjectBuilder()
                    .add("courseId", module.getJsonNumber("id").longValue())
                    .add("completedOn", LocalDate.now().minusDays(3).toString()).build()).expect(201);
        }
        JsonObject leadRole = w.colleague().api().get("/training/practitioners/" + me + "/lead-role").expect(200).json();
        assertTrue(leadRole.getBoolean("trainedForLeadRole"), leadRole.toString());
        JsonObject record = api.get("/training/me").expect(200).json();
        assertTrue(record.getBoolean("trainedForLeadRole"));
        assertEquals(0, record.getJsonArray("gaps").size(), record.toString());
    }
}
