package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * A practitioner's casework over HTTP, end to end: registering a family with its members and children,
 * opening a case with consent, finding it again, involving a colleague, changing the level of need,
 * stepping up, closing, consent declined and withdrawn, statutory circumstances; and every rule the case
 * core enforces reaching the client as a 422 with its code and the request's field.
 */
@ExtendWith(ArquillianExtension.class)
class FamiliesAndCasesApiIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** The people one test needs: a practitioner and a colleague in another agency. */
    private record Team(String token, Person worker, Person colleague, Person manager, Casework work) {
    }

    private Team team() {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long earlyHelp = TestPeople.agency(admin, "Early Help " + t);
        long school = TestPeople.agency(admin, "School " + t);
        Person manager = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", earlyHelp, null, "PRACTITIONER",
                "SUPERVISOR");
        Person worker = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", earlyHelp, manager.practitionerId(),
                "PRACTITIONER");
        Person colleague = TestPeople.person(admin, "Sam", "Senco" + t, "SENCO", school, null, "PRACTITIONER");
        return new Team(t, worker, colleague, manager, new Casework(worker.api()));
    }

    @Test
    void aPractitionerRegistersAFamilyAndOpensACaseWithConsent() {
        Team team = team();
        ApiClient api = team.worker().api();
        String name = "Kowalski" + team.token();

        // the family, its parents and a child
        ApiClient.Reply registered = api.post("/families", Json.createObjectBuilder().add("familyName", name)
                .add("addressLine1", "1 Mill Lane").add("town", "Leeds").add("postcode", "ls1 4ap").build()).expect(201);
        long familyId = registered.id();
        assertTrue(registered.location().endsWith("/api/v1/families/" + familyId), registered.location());
        ApiClient.Reply mother = api.post("/families/" + familyId + "/members", Json.createObjectBuilder()
                .add("givenName", "Ana").add("familyName", name).add("relationship", "MOTHER")
                .add("holdsParentalResponsibility", true).add("email", "ana@example.com").build()).expect(201);
        long motherId = mother.id();
        assertEquals("Ana " + name, api.get(mother.location()).expect(200).json().getString("displayName"));
        long fatherId = team.work().member(familyId, "Jan", name, "FATHER", true);
        ApiClient.Reply child = api.post("/families/" + familyId + "/children", Json.createObjectBuilder()
                .add("givenName", "Ola").add("familyName", name).add("dateOfBirth", TODAY.minusYears(9).toString())
                .add("livesWithMemberIds", Json.createArrayBuilder().add(motherId).add(fatherId)).build()).expect(201);
        long childId = child.id();
        assertTrue(child.location().endsWith("/api/v1/children/" + childId), child.location());
        JsonObject childRecord = api.get(child.location()).expect(200).json();
        assertEquals(9, childRecord.getInt("age"));
        assertTrue(childRecord.getBoolean("eligibleForEarlyHelp"));
        assertEquals(familyId, childRecord.getJsonNumber("familyId").longValue());

        ApiClient.Reply family = api.get("/families/" + familyId).expect(200);
        assertEquals("LS1 4AP", family.json().getString("postcode"));
        assertEquals(2, family.json().getJsonArray("members").size());
        assertEquals(List.of(childId), ReferenceAndPeopleApiIT.ids(family.json().getJsonArray("children")));

        // the family's details change, with the version read
        ApiClient.Reply moved = api.put("/families/" + familyId, Json.createObjectBuilder().add("familyName", name)
                .add("addressLine1", "2 New Street").add("town", "Bradford").add("postcode", "BD1 1AA").build(), family.etag())
                .expect(200);
        assertEquals("Bradford", moved.json().getString("town"));
        assertNotEquals(family.etag(), moved.etag());
        api.put("/families/" + familyId, Json.createObjectBuilder().add("familyName", "Stale").build(), family.etag())
                .expect(412);

        // open the case with the mother's consent
        ApiClient.Reply opened = team.work().tryOpen(Casework.openCase(familyId, motherId, "LEVEL_1_PLUS", childId)
                .add("sharingAgencyIds", Json.createArrayBuilder()).add("consentScopeNote", "School and health").build())
                .expect(201);
        long caseId = opened.id();
        assertTrue(opened.location().endsWith("/api/v1/cases/" + caseId), opened.location());
        ApiClient.Reply read = api.get(opened.location()).expect(200);
        JsonObject theCase = read.json();
        assertEquals(opened.etag(), read.etag());
        assertEquals("OPEN", theCase.getString("status"));
        assertEquals("LEVEL_1_PLUS", theCase.getString("needLevelCode"));
        assertTrue(theCase.getBoolean("consentInForce"));
        assertTrue(theCase.getString("reference").startsWith("EH-"));
        assertEquals(List.of(childId), ReferenceAndPeopleApiIT.ids(theCase.getJsonArray("children")));

        // it is found again: my cases, search by family name, by reference, by status; the family search
        assertTrue(caseIds(api.get("/cases/mine").expect(200)).contains(caseId));
        assertEquals(List.of(caseId), caseIds(api.get("/cases?q=" + name).expect(200)));
        assertEquals(List.of(caseId), caseIds(api.get("/cases?q=" + theCase.getString("reference").toLowerCase()).expect(200)));
        assertEquals(List.of(caseId), caseIds(api.get("/cases?q=" + name + "&status=OPEN").expect(200)));
        assertEquals(List.of(), caseIds(api.get("/cases?q=" + name + "&status=CLOSED").expect(200)));
        JsonObject families = api.get("/families?q=" + name.toLowerCase()).expect(200).json();
        assertEquals(1, families.getJsonNumber("total").longValue());
        assertEquals(1, families.getJsonArray("items").getJsonObject(0).getInt("openCases"));

        // involve a colleague, who can then see the case
        team.colleague().api().get("/cases/" + caseId).expect(404);
        ApiClient.Reply involved = api.post("/cases/" + caseId + "/practitioners", Json.createObjectBuilder()
                .add("practitionerId", team.colleague().practitionerId()).build(), read.etag()).expect(200);
        assertTrue(involved.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getJsonNumber("practitionerId").longValue() == team.colleague().practitionerId()
                        && m.getString("kind").equals("INVOLVED")), involved.toString());
        team.colleague().api().get("/cases/" + caseId).expect(200);
        assertTrue(caseIds(team.colleague().api().get("/cases/mine").expect(200)).contains(caseId));
        ApiClient.Reply twice = api.post("/cases/" + caseId + "/practitioners", Json.createObjectBuilder()
                .add("practitionerId", team.colleague().practitionerId()).build(), involved.etag()).expect(422);
        assertEquals("case.member-duplicate", twice.code());
        assertEquals(List.of("practitionerId"), twice.fields());

        // the level of need rises; the version moves on
        ApiClient.Reply raised = api.put("/cases/" + caseId + "/need-level",
                Json.createObjectBuilder().add("needLevelCode", "LEVEL_2_ESCALATING").build(), involved.etag()).expect(200);
        assertEquals("LEVEL_2_ESCALATING", raised.json().getString("needLevelCode"));
        assertNotEquals(involved.etag(), raised.etag());
        ApiClient.Reply unknownLevel = api.put("/cases/" + caseId + "/need-level",
                Json.createObjectBuilder().add("needLevelCode", "NO_SUCH_LEVEL").build(), raised.etag()).expect(422);
        assertEquals("need-level.unknown", unknownLevel.code());
        assertEquals(List.of("needLevelCode"), unknownLevel.fields());

        // step up: refused with the old version, done with the current one; then the case is no longer open
        JsonObject stepUp = Json.createObjectBuilder().add("on", TODAY.toString())
                .add("reason", "Disclosure at school: referral to the front door").build();
        assertEquals("stale-version", api.post("/cases/" + caseId + "/step-up", stepUp, involved.etag()).expect(412).code());
        api.post("/cases/" + caseId + "/step-up", stepUp, null).expect(428);
        ApiClient.Reply steppedUp = api.post("/cases/" + caseId + "/step-up", stepUp, raised.etag()).expect(200);
        assertEquals("STEPPED_UP", steppedUp.json().getString("status"));
        assertEquals(TODAY.toString(), steppedUp.json().getString("steppedUpOn"));
        ApiClient.Reply notOpen = api.post("/cases/" + caseId + "/closure", Json.createObjectBuilder()
                .add("reason", "MOVED_OUT_OF_AREA").add("on", TODAY.toString()).build(), steppedUp.etag()).expect(422);
        assertEquals("case.not-open", notOpen.code());
        assertFalse(caseIds(api.get("/cases/mine").expect(200)).contains(caseId), "my cases are the open ones");
        assertTrue(caseIds(api.get("/cases/mine?includeClosed=true").expect(200)).contains(caseId));

        // later, a new episode for the same child closes with a sustainability plan
        long second = team.work().open(familyId, fatherId, childId);
        ApiClient.Reply noLead = api.post("/cases/" + second + "/closure", Json.createObjectBuilder()
                .add("reason", "SUSTAINABILITY_PLAN_AGREED").add("on", TODAY.toString()).add("note", "Plan agreed").build(),
                api.get("/cases/" + second).etag()).expect(422);
        assertEquals("case.child-without-lead", noLead.code(), "a case is not closed for want of a lead");
        team.work().appointLead(second, team.worker(), team.manager(), childId);
        ApiClient.Reply current = api.get("/cases/" + second).expect(200);
        ApiClient.Reply planMissing = api.post("/cases/" + second + "/closure", Json.createObjectBuilder()
                .add("reason", "SUSTAINABILITY_PLAN_AGREED").add("on", TODAY.toString()).build(), current.etag()).expect(422);
        assertEquals("case.sustainability-plan-required", planMissing.code());
        assertEquals(List.of("note"), planMissing.fields());
        ApiClient.Reply closed = api.post("/cases/" + second + "/closure", Json.createObjectBuilder()
                .add("reason", "SUSTAINABILITY_PLAN_AGREED").add("on", TODAY.toString())
                .add("note", "Mum calls the school nurse if mornings slip again").build(), current.etag()).expect(200);
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals("SUSTAINABILITY_PLAN_AGREED", closed.json().getString("closureReason"));
        assertEquals(List.of(second, caseId), caseIds(api.get("/cases?q=" + name + "&status=").expect(200)).stream()
                .filter(id -> id == second || id == caseId).toList());
    }

    @Test
    void consentCanBeDeclinedOrWithdrawn() {
        Team team = team();
        ApiClient api = team.worker().api();
        String name = "Osei" + team.token();
        long familyId = team.work().family(name, false);
        long mother = team.work().member(familyId, "Abena", name, "MOTHER", true);
        long aunt = team.work().member(familyId, "Efua", name, "OTHER", false);
        long child = team.work().child(familyId, "Kofi", name, TODAY.minusYears(4), "NONE", mother);

        JsonObject declined = Json.createObjectBuilder().add("memberId", mother).add("decidedOn", TODAY.toString())
                .add("note", "Family prefers to manage with the school's support").build();
        ApiClient.Reply recorded = api.post("/families/" + familyId + "/declined-consent", declined).expect(204);
        assertEquals("", recorded.body());
        ApiClient.Reply strange = api.post("/families/" + familyId + "/declined-consent", Json.createObjectBuilder()
                .add("memberId", 999999999L).add("decidedOn", TODAY.toString()).build()).expect(422);
        assertEquals("family.member-unknown", strange.code());
        assertEquals(List.of("memberId"), strange.fields());

        long caseId = team.work().open(familyId, mother, child);
        ApiClient.Reply read = api.get("/cases/" + caseId).expect(200);
        // only someone with parental responsibility can withdraw
        ApiClient.Reply notAllowed = api.post("/cases/" + caseId + "/consent-withdrawal", Json.createObjectBuilder()
                .add("memberId", aunt).add("withdrawnOn", TODAY.toString()).build(), read.etag()).expect(422);
        assertEquals("consent.giver-without-parental-responsibility", notAllowed.code());
        assertEquals(List.of("memberId"), notAllowed.fields());

        ApiClient.Reply withdrawn = api.post("/cases/" + caseId + "/consent-withdrawal", Json.createObjectBuilder()
                .add("memberId", mother).add("withdrawnOn", TODAY.toString()).add("note", "Said no more calls").build(),
                read.etag()).expect(200);
        assertEquals("CLOSED", withdrawn.json().getString("status"));
        assertEquals("CONSENT_WITHDRAWN", withdrawn.json().getString("closureReason"));
        assertFalse(withdrawn.json().getBoolean("consentInForce"));
        assertEquals(List.of("GIVEN", "WITHDRAWN"), withdrawn.json().getJsonArray("consents").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("decision")).sorted().toList());
        // closing by "consent withdrawn" must go through the withdrawal, which records who
        long again = team.work().open(familyId, mother, child);
        ApiClient.Reply shortcut = api.post("/cases/" + again + "/closure", Json.createObjectBuilder()
                .add("reason", "CONSENT_WITHDRAWN").add("on", TODAY.toString()).build(),
                api.get("/cases/" + again).etag()).expect(422);
        assertEquals("case.use-withdraw-consent", shortcut.code());
        assertEquals(List.of("reason"), shortcut.fields());
    }

    @Test
    void statutoryCircumstancesAreRecordedAndEnded() {
        Team team = team();
        ApiClient api = team.worker().api();
        String name = "Hughes" + team.token();
        long familyId = team.work().family(name, false);
        long mother = team.work().member(familyId, "Cerys", name, "MOTHER", true);
        long child = team.work().child(familyId, "Dylan", name, TODAY.minusYears(12), "SEN_SUPPORT", mother);

        ApiClient.Reply added = api.post("/children/" + child + "/circumstances", Json.createObjectBuilder()
                .add("type", "CHILD_IN_NEED").add("startDate", TODAY.minusMonths(2).toString())
                .add("responsiblePractitionerId", team.colleague().practitionerId()).add("note", "CIN plan agreed").build())
                .expect(201);
        long circumstance = added.id();
        assertTrue(added.location().endsWith("/api/v1/children/" + child + "/circumstances/" + circumstance), added.location());
        ApiClient.Reply read = api.get(added.location()).expect(200);
        assertTrue(read.json().getBoolean("active"));
        assertEquals(added.etag(), read.etag());
        assertEquals(List.of("Child in need"), api.get("/families/" + familyId).json().getJsonArray("children")
                .getJsonObject(0).getJsonArray("activeCircumstances").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject end = Json.createObjectBuilder().add("endDate", TODAY.toString()).build();
        String endPath = "/children/" + child + "/circumstances/" + circumstance + "/end";
        api.put(endPath, end, null).expect(428);
        ApiClient.Reply before = api.put(endPath, Json.createObjectBuilder().add("endDate", TODAY.minusYears(1).toString())
                .build(), read.etag()).expect(422);
        assertEquals("circumstance.end-before-start", before.code());
        assertEquals(List.of("endDate"), before.fields());
        ApiClient.Reply ended = api.put(endPath, end, read.etag()).expect(200);
        assertEquals(TODAY.toString(), ended.json().getString("endDate"));
        assertNotEquals(read.etag(), ended.etag());
        api.put(endPath, end, read.etag()).expect(412);
        api.put(endPath, Json.createObjectBuilder().build(), ended.etag()).expect(400);

        api.get("/children/" + child + "/circumstances/999999999").expect(404);
        api.put("/children/" + child + "/circumstances/999999999/end", end, "\"1\"").expect(404);
        ApiClient.Reply nobody = api.post("/children/" + child + "/circumstances", Json.createObjectBuilder()
                .add("type", "LOOKED_AFTER").add("startDate", TODAY.toString()).add("responsiblePractitionerId", 999999999L)
                .build()).expect(422);
        assertEquals("practitioner.unknown", nobody.code());
        assertEquals(List.of("responsiblePractitionerId"), nobody.fields());
    }

    @Test
    void everyRuleForOpeningACaseReachesTheClientWithItsCodeAndField() {
        Team team = team();
        Casework work = team.work();
        String name = "Rule" + team.token();

        long familyId = work.family(name, false);
        long mother = work.member(familyId, "Mia", name, "MOTHER", true);
        long grandad = work.member(familyId, "Ron", name, "GRANDPARENT", false);
        long child = work.child(familyId, "Lily", name, TODAY.minusYears(6), "NONE", mother);
        long adult = work.child(familyId, "Leo", name, TODAY.minusYears(19), "NONE", mother);
        long youngAdultWithSen = work.child(familyId, "Luca", name, TODAY.minusYears(19), "EHCP", mother);

        // consent from someone without parental responsibility
        refused(work.tryOpen(Casework.openCase(familyId, grandad, "LEVEL_1_PLUS", child).build()),
                "consent.giver-without-parental-responsibility", "consentGivenByMemberId");
        // a young adult over 18 without special educational needs is not eligible
        refused(work.tryOpen(Casework.openCase(familyId, mother, "LEVEL_1_PLUS", adult).build()),
                "case.child-not-eligible", "childIds");
        // the Universal level needs no coordinated case
        refused(work.tryOpen(Casework.openCase(familyId, mother, "UNIVERSAL", child).build()),
                "case.need-level-universal", "needLevelCode");
        // a child of another family
        long otherFamily = work.family("Other" + team.token(), false);
        long otherMother = work.member(otherFamily, "Ola", "Other", "MOTHER", true);
        long otherChild = work.child(otherFamily, "Obi", "Other", TODAY.minusYears(3), "NONE", otherMother);
        refused(work.tryOpen(Casework.openCase(familyId, mother, "LEVEL_1_PLUS", child, otherChild).build()),
                "case.child-not-in-family", "childIds");
        // consent from a member of another family
        refused(work.tryOpen(Casework.openCase(familyId, otherMother, "LEVEL_1_PLUS", child).build()),
                "family.member-unknown", "consentGivenByMemberId");

        // what is allowed: with SEN up to 25; then a second open case for the same child is refused
        long caseId = work.open(familyId, mother, child, youngAdultWithSen);
        refused(work.tryOpen(Casework.openCase(familyId, mother, "LEVEL_1_PLUS", child).build()),
                "case.child-already-on-open-case", "childIds");
        // nothing was opened by the refusals
        assertEquals(List.of(caseId), caseIds(team.worker().api().get("/cases?q=" + name).expect(200)));

        // separated parents: consent must come from the parent the child lives with
        long separated = work.family("Split" + team.token(), true);
        long mum = work.member(separated, "Kim", "Split", "MOTHER", true);
        long dad = work.member(separated, "Lee", "Split", "FATHER", true);
        long withMum = work.child(separated, "Ash", "Split", TODAY.minusYears(10), "NONE", mum);
        refused(work.tryOpen(Casework.openCase(separated, dad, "LEVEL_1_PLUS", withMum).build()),
                "consent.giver-not-resident-parent", "consentGivenByMemberId");
        work.open(separated, mum, withMum);

        // a child's home must be within the family
        ApiClient.Reply strangerHome = team.worker().api().post("/families/" + separated + "/children",
                Json.createObjectBuilder().add("givenName", "Zed").add("familyName", "Split")
                        .add("dateOfBirth", TODAY.minusYears(1).toString())
                        .add("livesWithMemberIds", Json.createArrayBuilder().add(otherMother)).build()).expect(422);
        assertEquals("family.member-unknown", strangerHome.code());
        assertEquals(List.of("livesWithMemberIds"), strangerHome.fields());
    }

    private static void refused(ApiClient.Reply reply, String code, String field) {
        reply.expect(422);
        assertEquals(code, reply.code(), reply.toString());
        assertEquals(List.of(field), reply.fields(), reply.toString());
        assertTrue(reply.json().getString("detail").length() > 20, "the message says what to do: " + reply);
    }

    static List<Long> caseIds(ApiClient.Reply page) {
        return ReferenceAndPeopleApiIT.ids(page.json().getJsonArray("items"));
    }
}
