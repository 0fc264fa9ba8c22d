package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * Drift over HTTP, with the server's clock run ahead (the test server allows it): a TAF held and not circulated, its
 * action not done and its review not held, seven weeks on, are drift for the lead (MINE), the lead's line manager
 * (TEAM) and the coordinator (ALL), and for nobody else; circulating the record and finishing the action take them off.
 */
@ExtendWith(ArquillianExtension.class)
class DriftApiIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> KINDS = List.of("OVERDUE_REVIEW", "OVERDUE_ACTION", "UNCIRCULATED_RECORD");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void aHeldMeetingLeftAloneIsDriftForTheLeadTheirManagerAndTheCoordinatorOnly() {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long help = TestPeople.agency(admin, "Family Help " + t);
        Person mo = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", help, null, "PRACTITIONER", "SUPERVISOR");
        Person fay = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", help, mo.practitionerId(), "PRACTITIONER");
        Person sam = TestPeople.person(admin, "Sam", "Senco" + t, "SENCO", help, null, "PRACTITIONER");
        Person cy = TestPeople.person(admin, "Cy", "Coordinator" + t, "EARLY_HELP_COORDINATOR", help, null, "PRACTITIONER",
                "COORDINATOR");
        Casework work = new Casework(fay.api());
        long familyId = work.family("Drift" + t, false);
        long mum = work.member(familyId, "Dee", "Drift" + t, "MOTHER", true);
        long kid = work.child(familyId, "Kit", "Drift" + t, LocalDate.now(LONDON).minusYears(7), "NONE", mum);
        long caseId = work.open(familyId, mum, kid);
        work.appointLead(caseId, fay, mo, kid);

        try {
            // a TAF an hour from now, held (the clock runs two hours ahead), recorded with one action, not circulated
            LocalDateTime starts = LocalDateTime.now(LONDON).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
            ApiClient.Reply created = fay.api().post("/cases/" + caseId + "/meetings", Json.createObjectBuilder()
                    .add("type", "INITIAL").add("starts", starts.toString()).add("ends", starts.plusHours(1).toString())
                    .add("venue", "Children's centre").add("chairId", fay.practitionerId())
                    .add("practitionerIds", Json.createArrayBuilder().add(fay.practitionerId()).add(sam.practitionerId()))
                    .add("familyMemberIds", Json.createArrayBuilder().add(mum)).build()).expect(201);
            long meetingId = created.id();
            runAhead(admin, "PT2H");
            JsonObject m = created.json();
            ApiClient.Reply recorded = fay.api().put("/meetings/" + meetingId + "/outcome", Json.createObjectBuilder()
                    .add("minutes", "Met at the centre.").add("worries", "Kit is often late").add("workingWell", "Dee asks for help")
                    .add("needsToHappen", "Kit on time every day").add("scaling", 5).add("cadence", "SIX_WEEKLY")
                    .add("attendance", Json.createArrayBuilder()
                            .add(attended(m, "Fay")).add(attended(m, "Sam")).add(attended(m, "Dee"))).build(),
                    created.etag()).expect(200);
            long actionId = fay.api().post("/meetings/" + meetingId + "/actions", Json.createObjectBuilder()
                    .add("description", "Sam starts a breakfast club place").add("successMeasure", "Kit in by 8:45")
                    .add("ownerPractitionerId", sam.practitionerId())
                    .add("dueOn", LocalDate.now(LONDON).plusWeeks(2).toString()).build()).expect(201).id();
            JsonObject held = fay.api().post("/meetings/" + meetingId + "/completion", Json.createObjectBuilder().build(),
                    fay.api().get("/meetings/" + meetingId).expect(200).etag()).expect(200).json();
            LocalDate reviewOn = LocalDate.parse(held.getString("nextReviewOn"));

            for (String kind : KINDS) {
                assertEquals(0, total(fay, kind, "MINE"), kind + " before any clock has run out");
            }

            // seven weeks later: the record was due in five working days, the action in two weeks, the review in six
            runAhead(admin, "P49DT2H");
            for (String kind : KINDS) {
                JsonObject mine = drift(fay.api(), kind, "MINE");
                assertEquals(1, mine.getInt("total"), kind + " for the lead: " + mine);
                JsonObject item = mine.getJsonArray("items").getJsonObject(0);
                assertEquals(caseId, item.getJsonNumber("caseId").longValue());
                assertTrue(item.getJsonNumber("daysLate").longValue() > 0, item.toString());
                assertTrue(item.getString("leadNames").contains("Fay"), item.toString());
                assertEquals(1, total(mo, kind, "TEAM"), kind + " for the lead's line manager");
                assertEquals(0, total(mo, kind, "MINE"), kind + ": the manager does not lead the case");
                assertEquals(0, total(sam, kind, "MINE"), kind + ": Sam is on the team, not the lead");
                assertEquals(0, total(sam, kind, "TEAM"), kind + ": Sam manages nobody");
                assertTrue(coordinatorSees(cy, kind, caseId), kind + " for the coordinator");
                assertEquals(422, fay.api().get("/drift?kind=" + kind + "&whose=ALL").status(), "ALL is the coordinator's");
            }
            JsonObject review = drift(fay.api(), "OVERDUE_REVIEW", "MINE").getJsonArray("items").getJsonObject(0);
            assertEquals(reviewOn.toString(), review.getString("dueOn"));
            JsonObject overdueAction = drift(fay.api(), "OVERDUE_ACTION", "MINE").getJsonArray("items").getJsonObject(0);
            assertEquals(actionId, overdueAction.getJsonNumber("actionId").longValue());

            // the record goes to everyone and the action is done: those drop off; the review is still owed
            JsonObject after = fay.api().get("/meetings/" + meetingId).expect(200).json();
            var invitees = Json.createArrayBuilder();
            after.getJsonArray("invitees").getValuesAs(JsonObject.class)
                    .forEach(i -> invitees.add(i.getJsonNumber("id").longValue()));
            fay.api().post("/meetings/" + meetingId + "/circulation", Json.createObjectBuilder().add("inviteeIds", invitees)
                    .add("method", "SECURE_EMAIL").build(), fay.api().get("/meetings/" + meetingId).expect(200).etag())
                    .expect(200);
            String actionPath = "/actions/" + actionId;
            sam.api().post(actionPath + "/progress", Json.createObjectBuilder().add("note", "Place started")
                    .add("status", "DONE").build(), sam.api().get(actionPath).expect(200).etag()).expect(200);
            assertEquals(0, total(fay, "UNCIRCULATED_RECORD", "MINE"));
            assertEquals(0, total(fay, "OVERDUE_ACTION", "MINE"));
            assertEquals(1, total(fay, "OVERDUE_REVIEW", "MINE"));
            assertTrue(recorded.etag() != null);
        } finally {
            runAhead(admin, "PT0S");
        }
    }

    private static JsonObject attended(JsonObject meeting, String givenName) {
        long id = meeting.getJsonArray("invitees").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonObject("person").getString("name").startsWith(givenName)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return Json.createObjectBuilder().add("inviteeId", id).add("attendance", "ATTENDED").build();
    }

    private static void runAhead(ApiClient admin, String ahead) {
        JsonObject clock = admin.put("/clock", Json.createObjectBuilder().add("ahead", ahead).build(), null).expect(200).json();
        assertEquals(java.time.Duration.parse(ahead), java.time.Duration.parse(clock.getString("ahead")));
    }

    private static JsonObject drift(ApiClient api, String kind, String whose) {
        return api.get("/drift?kind=" + kind + "&whose=" + whose).expect(200).json();
    }

    private static int total(Person who, String kind, String whose) {
        return drift(who.api(), kind, whose).getInt("total");
    }

    /** The coordinator's list of every case holds this one (other tests' cases may be there too, so page through). */
    private static boolean coordinatorSees(Person cy, String kind, long caseId) {
        for (int offset = 0; offset < 2000; offset += 100) {
            JsonObject page = cy.api().get("/drift?kind=" + kind + "&whose=ALL&limit=100&offset=" + offset).expect(200).json();
            if (page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> i.getJsonNumber("caseId").longValue() == caseId)) {
                return true;
            }
            if (offset + 100 >= page.getInt("total")) {
                return false;
            }
        }
        return false;
    }
}
