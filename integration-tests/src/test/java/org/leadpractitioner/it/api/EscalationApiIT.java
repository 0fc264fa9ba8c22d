package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.leadpractitioner.it.api.TestPeople.Person;

/**
 * Escalations over HTTP: raised on a case with a practitioner (who is emailed), refused with a message on the field
 * for bad input, answered, moved up (a reason needed to skip a stage; the partnership's business manager told at stage
 * 3), resolved naming who should lead (which starts the handover of the lead role), closed to further responses,
 * reopened and withdrawn; seen only by those entitled. Deadlines are {@link EscalationDeadlineIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationApiIT {

    private static final String BUSINESS_MANAGER = "business.manager@partnership.example";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Fay (family help) leads, managed by Mo; Sam (school) is on the case, managed by Hal; Pete is on nothing. */
    record World(long caseId, long amy, ApiClient admin, Person fay, Person mo, Person sam, Person hal,
            Person pete, Person cy) {
    }

    World world() {
        return world(base);
    }

    static World world(URL base) {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long help = TestPeople.agency(admin, "Family Help " + t);
        long school = TestPeople.agency(admin, "Riverside School " + t);
        Person mo = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", help, null, "PRACTITIONER", "SUPERVISOR");
        Person fay = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", help, mo.practitionerId(), "PRACTITIONER");
        Person hal = TestPeople.person(admin, "Hal", "Head" + t, "DESIGNATED_SAFEGUARDING_LEAD", school, null, "PRACTITIONER", "SUPERVISOR");
        Person sam = TestPeople.person(admin, "Sam", "Senco" + t, "SENCO", school, hal.practitionerId(), "PRACTITIONER");
        Person pete = TestPeople.person(admin, "Pete", "Other" + t, "FAMILY_WORKER", help, null, "PRACTITIONER");
        Person cy = TestPeople.person(admin, "Cy", "Coordinator" + t, "EARLY_HELP_COORDINATOR", help, null,
                "PRACTITIONER", "COORDINATOR");
        Casework work = new Casework(fay.api());
        long familyId = work.family("Esc" + t, false);
        long mum = work.member(familyId, "Dee", "Esc" + t, "MOTHER", true);
        long amy = work.child(familyId, "Amy", "Esc" + t, LocalDate.now().minusYears(8), "NONE", mum);
        long caseId = work.tryOpen(Casework.openCase(familyId, mum, "LEVEL_1_PLUS", amy)
                .add("sharingAgencyIds", Json.createArrayBuilder().add(help).add(school)).build()).expect(201).id();
        work.appointLead(caseId, fay, mo, amy);
        ApiClient.Reply c = fay.api().get("/cases/" + caseId).expect(200);
        fay.api().post("/cases/" + caseId + "/practitioners", Json.createObjectBuilder()
                .add("practitionerId", sam.practitionerId()).build(), c.etag()).expect(200);
        return new World(caseId, amy, admin, fay, mo, sam, hal, pete, cy);
    }

    static JsonObjectBuilder raise(String category, long with, String urgency) {
        return Json.createObjectBuilder().add("category", category).add("raisedWithId", with)
                .add("concern", "School thinks family help should not lead; Amy's needs are mostly about attendance")
                .add("desiredOutcome", "Agree who leads for Amy within the week").add("urgency", urgency);
    }

    static String email(Person p) {
        return p.username() + "@agency.example.gov.uk";
    }

    @Test
    void anEscalationIsRaisedMovedUpResolvedNamingTheLeadAndClosed() {
        TestMailbox mailbox = TestMailbox.start();
        World w = world();
        ApiClient fay = w.fay().api();
        String path = "/cases/" + w.caseId() + "/escalations";

        // refused, with what to fix
        ApiClient.Reply self = fay.post(path, raise("WHO_SHOULD_LEAD", w.fay().practitionerId(), "STANDARD").build())
                .expect(422);
        assertEquals("escalation.raised-with-self", self.code());
        assertEquals(List.of("raisedWithId"), self.fields());
        ApiClient.Reply noConcern = fay.post(path, raise("WHO_SHOULD_LEAD", w.sam().practitionerId(), "STANDARD")
                .add("concern", " ").build()).expect(422);
        assertEquals(List.of("concern"), noConcern.fields());
        assertEquals(400, fay.post(path, raise("WHO_SHOULD_LEAD", w.sam().practitionerId(), "STANDARD")
                .remove("urgency").build()).status());
        assertEquals(404, w.pete().api().post(path, raise("OTHER", w.sam().practitionerId(), "STANDARD").build()).status(),
                "nobody raises on a case they cannot see");

        ApiClient.Reply raised = fay.post(path, raise("WHO_SHOULD_LEAD", w.sam().practitionerId(), "STANDARD").build())
                .expect(201);
        JsonObject e = raised.json();
        long id = e.getJsonNumber("id").longValue();
        String at = "/escalations/" + id;
        assertEquals("OPEN", e.getString("status"));
        assertEquals(1, e.getInt("currentStage"));
        JsonObject stage1 = e.getJsonArray("stages").getJsonObject(0);
        LocalDate due = LocalDate.parse(stage1.getString("dueOn"));
        assertTrue(due.isAfter(LocalDate.now()) && !due.isAfter(LocalDate.now().plusDays(6)), "2 working days: " + due);
        assertTrue(e.getString("referralRoute").contains("safeguarding referral"), "the referral route is always shown");
        assertTrue(e.getJsonObject("allowed").getBoolean("withdraw"));
        assertFalse(e.getJsonObject("allowed").getBoolean("respond"), "the raiser does not respond");
        TestMailbox.Mail toSam = mailbox.awaitOne(email(w.sam()));
        assertTrue(toSam.subject().startsWith("Escalation raised with you"), toSam.subject());
        assertFalse(toSam.plainText().contains("Amy"), "no child's name in an email");

        // who sees it: the parties and the case's team; not Pete; Sam lists it as received
        assertEquals(404, w.pete().api().get(at).status());
        assertEquals(1, w.sam().api().get("/escalations?whose=RECEIVED").expect(200).json().getInt("total"));
        assertEquals(1, w.hal().api().get("/escalations?whose=TEAM").expect(200).json().getInt("total"),
                "Sam's line manager sees it in the team's list");
        assertEquals(0, w.pete().api().get("/escalations?whose=RECEIVED").expect(200).json().getInt("total"));
        assertEquals(422, fay.get("/escalations?whose=ALL").status(), "all escalations: the coordinator's");

        // Sam answers, cannot agree; only the responder answers
        assertEquals("escalation.not-your-part", fay.put(at + "/response", Json.createObjectBuilder()
                .add("response", "x").build(), raised.etag()).expect(422).code());
        ApiClient sam = w.sam().api();
        ApiClient.Reply answered = sam.put(at + "/response", Json.createObjectBuilder().add("response", "We think school"
                + " should not lead: Amy's needs are at home").add("participants", "Sam, Fay (phone)").build(),
                sam.get(at).etag()).expect(200);
        ApiClient.Reply notResolved = sam.post(at + "/outcome", Json.createObjectBuilder().add("outcome", "NOT_RESOLVED")
                .add("note", "We could not agree").build(), answered.etag()).expect(200);
        assertTrue(notResolved.json().getBoolean("moveUpPrompted"), notResolved.body());

        // skipping stage 2 needs a reason; with it, stage 3 tells the partnership's business manager
        ApiClient.Reply skipped = fay.post(at + "/move-up", Json.createObjectBuilder().add("toStage", 3)
                .add("responderId", w.mo().practitionerId()).build(), notResolved.etag()).expect(422);
        assertEquals("escalation.stage-skipped-without-reason", skipped.code());
        assertEquals(List.of("reason"), skipped.fields());
        ApiClient.Reply atThree = fay.post(at + "/move-up", Json.createObjectBuilder().add("toStage", 3)
                .add("responderId", w.mo().practitionerId()).add("reason", "Both line managers are on leave this week")
                .build(), notResolved.etag()).expect(200);
        assertEquals(3, atThree.json().getInt("currentStage"));
        assertEquals(2, atThree.json().getJsonArray("stages").size());
        TestMailbox.Mail toManager = mailbox.awaitOne(BUSINESS_MANAGER);
        assertTrue(toManager.subject().contains("stage 3"), toManager.subject());
        mailbox.awaitOne(email(w.mo()));

        // Mo resolves it: Sam should lead, which starts the handover of the lead role from Fay to Sam
        ApiClient mo = w.mo().api();
        ApiClient.Reply resolved = mo.post(at + "/outcome", Json.createObjectBuilder().add("outcome", "RESOLVED")
                .add("note", "Sam leads: school sees Amy daily").add("resolvedLeadId", w.sam().practitionerId())
                .add("justification", "Agreed at stage 3 of the escalation").build(), atThree.etag()).expect(200);
        JsonObject closed = resolved.json();
        assertEquals("RESOLVED", closed.getString("status"));
        assertEquals("Sam leads: school sees Amy daily", closed.getString("outcomeSummary"));
        JsonObject handOff = closed.getJsonArray("leadHandOff").getJsonObject(0);
        assertEquals("HANDOVER", handOff.getString("kind"));
        JsonObject handover = fay.get("/handovers/" + handOff.getJsonNumber("id").longValue()).expect(200).json();
        assertTrue(handover.toString().contains("Sam"), handover.toString());

        // the coordinator's oversight counts it as resolved
        JsonObject oversight = w.cy().api().get("/escalations/oversight").expect(200).json();
        assertTrue(oversight.getInt("resolvedLastYear") >= 1, oversight.toString());
        assertEquals(4, oversight.getJsonArray("byStage").size(), oversight.toString());
        assertEquals(422, fay.get("/escalations/oversight").status());

        // the outcome is on the case, for both agencies
        JsonObject onCase = sam.get("/cases/" + w.caseId() + "/escalations").expect(200).array().getJsonObject(0);
        assertEquals("RESOLVED", onCase.getString("status"));

        // closed: no more responses; reopened with a reason, then withdrawn
        assertEquals("escalation.closed.conflict", mo.put(at + "/response", Json.createObjectBuilder()
                .add("response", "late").build(), resolved.etag()).expect(409).code());
        assertEquals(412, fay.post(at + "/reopening", Json.createObjectBuilder().add("reason", "x").build(),
                atThree.etag()).status(), "a stale version is refused");
        ApiClient.Reply noReason = fay.post(at + "/reopening", Json.createObjectBuilder().build(), resolved.etag())
                .expect(422);
        assertEquals(List.of("reason"), noReason.fields());
        ApiClient.Reply reopened = fay.post(at + "/reopening", Json.createObjectBuilder().add("reason", "Sam has left the"
                + " school").build(), resolved.etag()).expect(200);
        assertEquals("OPEN", reopened.json().getString("status"));
        assertEquals(3, reopened.json().getInt("currentStage"));
        JsonObject withdrawn = fay.post(at + "/withdrawal", Json.createObjectBuilder().add("reason", "Agreed by phone")
                .build(), reopened.etag()).expect(200).json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));

    }

    static JsonObject await(ApiClient api, long id, Predicate<JsonObject> condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject e;
        do {
            e = api.get("/escalations/" + id).expect(200).json();
            if (condition.test(e)) {
                return e;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < until);
        throw new AssertionError("the escalation did not reach the expected state within 30 s: " + e);
    }

    static void runAhead(ApiClient admin, String ahead) {
        admin.put("/clock", Json.createObjectBuilder().add("ahead", ahead).build(), null).expect(200);
    }
}
