package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * Handing the lead role over, over HTTP: planned with a date, reason and meeting; the incoming lead goes through the
 * appointment workflow; until the date the outgoing lead leads, from it the incoming one, never both and never none;
 * the outgoing lead records telling the family and network; a handover can be withdrawn before its day, or falls
 * through when the incoming lead declines; mistakes are refused on the field.
 */
@ExtendWith(ArquillianExtension.class)
class HandoverApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Fay leads for Amy and Ben; Ike (also managed by Mo) may take over; Oli is outside the case. */
    private record World(long caseId, long amy, long ben, long fayAppointment, Person fay, Person ike, Person mo,
            Person oli) {
    }

    private World world() {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person mo = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER", "SUPERVISOR");
        Person fay = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", agency, mo.practitionerId(), "PRACTITIONER");
        Person ike = TestPeople.person(admin, "Ike", "Incoming" + t, "FAMILY_WORKER", agency, mo.practitionerId(), "PRACTITIONER");
        Person oli = TestPeople.person(admin, "Oli", "Outsider" + t, "FAMILY_WORKER", agency, null, "PRACTITIONER");
        Casework work = new Casework(fay.api());
        String family = "Handover" + t;
        long familyId = work.family(family, false);
        long mum = work.member(familyId, "Sarah", family, "MOTHER", true);
        long amy = work.child(familyId, "Amy", family, LocalDate.now().minusYears(9), "NONE", mum);
        long ben = work.child(familyId, "Ben", family, LocalDate.now().minusYears(4), "NONE", mum);
        long caseId = work.open(familyId, mum, amy, ben);
        long appointment = work.appointLead(caseId, fay, mo, amy, ben);
        return new World(caseId, amy, ben, appointment, fay, ike, mo, oli);
    }

    private static JsonObjectBuilder plan(World w, LocalDate effective, long... children) {
        var ids = Json.createArrayBuilder();
        for (long c : children) {
            ids.add(c);
        }
        return Json.createObjectBuilder().add("outgoingAppointmentId", w.fayAppointment()).add("childIds", ids)
                .add("practitionerId", w.ike().practitionerId()).add("designation", "FAMILY_HELP_LEAD_PRACTITIONER")
                .add("effectiveDate", effective.toString()).add("reason", "TRANSFER_BETWEEN_TEAMS")
                .add("meeting", "TEAM_AROUND_THE_FAMILY").add("meetingDate", LocalDate.now().toString());
    }

    /** The incoming lead accepts, their manager agrees, the family has no preference. */
    private static void agreeIncoming(World w, long appointmentId) {
        String path = "/appointments/" + appointmentId;
        w.ike().api().post(path + "/acceptance", Json.createObjectBuilder().build(), w.ike().api().get(path).etag()).expect(200);
        w.mo().api().post(path + "/agreement", Json.createObjectBuilder().build(), w.mo().api().get(path).etag()).expect(200);
        w.fay().api().put(path + "/family-wish", Json.createObjectBuilder().add("wish", "NO_PREFERENCE").build(),
                w.fay().api().get(path).etag()).expect(200);
    }

    private static String leadOf(ApiClient api, long caseId, long childId) {
        return api.get("/cases/" + caseId + "/leads").expect(200).json().getJsonArray("children").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getJsonNumber("childId").longValue() == childId).findFirst().orElseThrow()
                .getString("leadName", "(none)");
    }

    @Test
    void aHandoverMovesTheLeadForTheChosenChildFromItsDateOnceTheIncomingLeadIsAgreed() {
        World w = world();
        ApiClient fay = w.fay().api();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        JsonObject planned = fay.post("/cases/" + w.caseId() + "/handovers", plan(w, tomorrow, w.amy())
                .add("severalLeadsReason", "Ben's needs are met by his nursery's network").build()).expect(201).json();
        assertEquals("PLANNED", planned.getString("status"));
        long handoverId = planned.getJsonNumber("id").longValue();
        assertTrue(leadOf(fay, w.caseId(), w.amy()).startsWith("Fay Worker"), "until the incoming lead is agreed, Fay leads");

        // the outgoing lead records telling the family; only they (or the coordinator) do
        String path = "/handovers/" + handoverId;
        ApiClient.Reply notIkes = w.ike().api().post(path + "/network-told", Json.createObjectBuilder().build(),
                w.ike().api().get(path).etag()).expect(422);
        assertEquals("assignment.handover-notice-not-yours", notIkes.code());
        ApiClient.Reply told = fay.post(path + "/family-told", Json.createObjectBuilder().build(), fay.get(path).etag())
                .expect(200);
        assertEquals(LocalDate.now().toString(), told.json().getString("familyToldOn"));
        assertEquals(422, fay.post(path + "/family-told", Json.createObjectBuilder().build(), told.etag()).status(), "once");

        agreeIncoming(w, planned.getJsonNumber("incomingAppointmentId").longValue());
        JsonObject agreed = fay.get(path).expect(200).json();
        assertEquals("AGREED", agreed.getString("status"), agreed.toString());
        assertEquals(tomorrow.toString(), agreed.getString("leadChangesOn"));
        assertTrue(leadOf(fay, w.caseId(), w.amy()).startsWith("Fay Worker"), "today Fay still leads for Amy");
        assertTrue(leadOf(fay, w.caseId(), w.ben()).startsWith("Fay Worker"), "Ben was not handed over");
        List<JsonObject> history = fay.get("/cases/" + w.caseId() + "/leads").expect(200).json().getJsonArray("history")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonNumber("childId").longValue() == w.amy()).toList();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.stream().anyMatch(p -> p.getString("leadName").startsWith("Fay")
                && p.getString("until").equals(tomorrow.toString())), "Fay until tomorrow: " + history);
        assertTrue(history.stream().anyMatch(p -> p.getString("leadName").startsWith("Ike")
                && p.getString("from").equals(tomorrow.toString()) && !p.containsKey("until")), "Ike from tomorrow: " + history);
        List<JsonObject> amysLeads = fay.get("/children/" + w.amy() + "/lead-history").expect(200).array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("Fay", "Ike"), amysLeads.stream().map(p -> p.getString("leadName").substring(0, 3)).toList(),
                "the child's full history, oldest first: " + amysLeads);
        assertEquals(404, w.oli().api().get("/children/" + w.amy() + "/lead-history").status());
        assertTrue(fay.get("/cases/" + w.caseId() + "/leads").expect(200).json().getJsonArray("children")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("childId").longValue() == w.amy())
                .findFirst().orElseThrow().getJsonArray("flags").toString().contains("Ike Incoming"),
                "the panel says who leads from tomorrow");
    }

    @Test
    void untilTheEffectiveDateTheOutgoingLeadLeadsAndTheHandoverCanStillBeWithdrawn() {
        World w = world();
        ApiClient fay = w.fay().api();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        JsonObject planned = fay.post("/cases/" + w.caseId() + "/handovers", plan(w, tomorrow, w.amy(), w.ben()).build())
                .expect(201).json();
        ApiClient.Reply second = w.mo().api().post("/cases/" + w.caseId() + "/handovers", plan(w, tomorrow, w.amy()).build());
        assertEquals(409, second.status(), "one handover at a time for a child: " + second);

        agreeIncoming(w, planned.getJsonNumber("incomingAppointmentId").longValue());
        String path = "/handovers/" + planned.getJsonNumber("id").longValue();
        JsonObject agreed = fay.get(path).expect(200).json();
        assertEquals("AGREED", agreed.getString("status"));
        assertEquals(tomorrow.toString(), agreed.getString("leadChangesOn"));
        assertTrue(leadOf(fay, w.caseId(), w.amy()).startsWith("Fay Worker"), "today Fay still leads");
        assertTrue(leadOf(fay, w.caseId(), w.ben()).startsWith("Fay Worker"));

        ApiClient.Reply noReason = fay.post(path + "/withdrawal", Json.createObjectBuilder().build(), fay.get(path).etag())
                .expect(422);
        assertEquals(List.of("reason"), noReason.fields());
        JsonObject withdrawn = fay.post(path + "/withdrawal", Json.createObjectBuilder().add("reason", "Ike is moving team")
                .build(), fay.get(path).etag()).expect(200).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertTrue(leadOf(fay, w.caseId(), w.amy()).startsWith("Fay Worker"));
        // Fay's cover is whole again: a new handover can be planned
        fay.post("/cases/" + w.caseId() + "/handovers", plan(w, tomorrow, w.amy(), w.ben()).build()).expect(201);
    }

    @Test
    void aHandoverFallsThroughWhenTheIncomingLeadDeclinesAndMistakesAreRefusedOnTheField() {
        World w = world();
        ApiClient fay = w.fay().api();
        String plans = "/cases/" + w.caseId() + "/handovers";

        ApiClient.Reply past = fay.post(plans, plan(w, LocalDate.now().minusDays(1), w.amy()).build()).expect(422);
        assertEquals(List.of("effectiveDate"), past.fields());
        ApiClient.Reply sameDay = fay.post(plans, plan(w, LocalDate.now(), w.amy()).build()).expect(422);
        assertEquals("assignment.handover-effective-before-start", sameDay.code(), "Fay only started leading today");
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        ApiClient.Reply other = fay.post(plans, plan(w, tomorrow, w.amy(), w.ben()).add("reason", "OTHER").build()).expect(422);
        assertEquals(List.of("reasonDetail"), other.fields());
        ApiClient.Reply self = fay.post(plans, plan(w, tomorrow, w.amy(), w.ben())
                .add("practitionerId", w.fay().practitionerId()).build()).expect(422);
        assertEquals(List.of("practitionerId"), self.fields());
        assertEquals(404, w.oli().api().post(plans, plan(w, tomorrow, w.amy(), w.ben()).build()).status());
        assertTrue(fay.get(plans).expect(200).array().isEmpty(), "nothing saved");

        JsonObject planned = fay.post(plans, plan(w, tomorrow, w.amy(), w.ben()).build()).expect(201).json();
        String incoming = "/appointments/" + planned.getJsonNumber("incomingAppointmentId").longValue();
        w.ike().api().post(incoming + "/decline", Json.createObjectBuilder().add("reason", "My caseload is full").build(),
                w.ike().api().get(incoming).etag()).expect(200);
        JsonObject fell = fay.get("/handovers/" + planned.getJsonNumber("id").longValue()).expect(200).json();
        assertEquals("FELL_THROUGH", fell.getString("status"));
        assertTrue(leadOf(fay, w.caseId(), w.amy()).startsWith("Fay Worker"), "Fay stays the lead");
    }

    @Test
    void whenAChildBecomesLookedAfterTheLeadIsFlaggedAndAHandoverToTheNamedSocialWorkerIsProposed() {
        World w = world();
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        Person sue = TestPeople.person(admin, "Sue", "Social" + TestPeople.token(), "SOCIAL_WORKER",
                TestPeople.agency(admin, "Children's Social Care " + TestPeople.token()), null, "PRACTITIONER");
        ApiClient fay = w.fay().api();
        fay.post("/children/" + w.amy() + "/circumstances", Json.createObjectBuilder().add("type", "LOOKED_AFTER")
                .add("startDate", LocalDate.now().toString())
                .add("responsiblePractitionerId", sue.practitionerId()).build()).expect(201);

        JsonObject panel = fay.get("/cases/" + w.caseId() + "/leads").expect(200).json();
        JsonObject amy = panel.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("childId").longValue() == w.amy()).findFirst().orElseThrow();
        assertTrue(amy.getJsonArray("flags").toString().contains("Breaks the rule"), "flagged at once: " + amy);

        List<JsonObject> proposed = fay.get("/cases/" + w.caseId() + "/handovers").expect(200).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, proposed.size(), proposed.toString());
        JsonObject h = proposed.get(0);
        assertEquals("PLANNED", h.getString("status"));
        assertEquals("CHANGE_OF_CIRCUMSTANCES", h.getString("reason"));
        assertEquals(sue.practitionerId(), h.getJsonObject("incoming").getJsonNumber("id").longValue());
        assertEquals(List.of(w.amy()), h.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList(), "only the child whose circumstances changed");
        assertEquals(LocalDate.now().plusDays(1).toString(), h.getString("effectiveDate"));
        // Sue can see what she is asked to take on, and accept it
        String incoming = "/appointments/" + h.getJsonNumber("incomingAppointmentId").longValue();
        sue.api().post(incoming + "/acceptance", Json.createObjectBuilder().build(), sue.api().get(incoming).etag()).expect(200);
    }
}
