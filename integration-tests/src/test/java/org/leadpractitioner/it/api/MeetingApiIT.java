package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
 * TAF meetings over HTTP: scheduled with invitations that really leave by email (an iCalendar REQUEST in UK time),
 * updated with a higher sequence, cancelled; the .ics; refused with a message on the field for bad times, people
 * outside the family's consent, scaling outside 0-10 or an owner not on the case; recorded, completed (the circulation
 * and review clocks start), circulated to every invitee; the family's copy as a PDF.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingApiIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Fay (family help) leads; Sam (school) is within the family's consent; Pete (police) is not. */
    private record World(long caseId, long mum, String mumEmail, Person fay, Person sam, Person pete, Person mo) {
    }

    private World world() {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long help = TestPeople.agency(admin, "Family Help " + t);
        long school = TestPeople.agency(admin, "Riverside School " + t);
        long police = TestPeople.agency(admin, "Police " + t);
        Person mo = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", help, null, "PRACTITIONER", "SUPERVISOR");
        Person fay = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", help, mo.practitionerId(), "PRACTITIONER");
        Person sam = TestPeople.person(admin, "Sam", "Senco" + t, "SENCO", school, null, "PRACTITIONER");
        Person pete = TestPeople.person(admin, "Pete", "Police" + t, "POLICE_OFFICER", police, null, "PRACTITIONER");
        Casework work = new Casework(fay.api());
        String family = "Taf" + t;
        long familyId = work.family(family, false);
        String mumEmail = "sarah." + t.toLowerCase() + "@family.example";
        long mum = fay.api().post("/families/" + familyId + "/members", Json.createObjectBuilder().add("givenName", "Sarah")
                .add("familyName", family).add("relationship", "MOTHER").add("holdsParentalResponsibility", true)
                .add("email", mumEmail).build()).expect(201).id();
        long amy = work.child(familyId, "Amy", family, LocalDate.now().minusYears(9), "NONE", mum);
        long caseId = work.tryOpen(Casework.openCase(familyId, mum, "LEVEL_1_PLUS", amy)
                .add("sharingAgencyIds", Json.createArrayBuilder().add(help).add(school)).build()).expect(201).id();
        work.appointLead(caseId, fay, mo, amy);
        return new World(caseId, mum, mumEmail, fay, sam, pete, mo);
    }

    private static JsonObjectBuilder meeting(World w, LocalDateTime starts, LocalDateTime ends, long... practitioners) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long p : practitioners) {
            ids.add(p);
        }
        return Json.createObjectBuilder().add("type", "INITIAL").add("starts", starts.toString()).add("ends", ends.toString())
                .add("venue", "Riverside School, room 2").add("chairId", w.fay().practitionerId())
                .add("minuteTakerId", w.fay().practitionerId()).add("practitionerIds", ids)
                .add("familyMemberIds", Json.createArrayBuilder().add(w.mum()));
    }

    private static String email(Person p) {
        return p.username() + "@agency.example.gov.uk";
    }

    /** Next Thursday at 10:00 UK time (never today). */
    private static LocalDateTime nextThursdayAtTen() {
        LocalDate d = LocalDate.now(LONDON).plusDays(1);
        while (d.getDayOfWeek() != java.time.DayOfWeek.THURSDAY) {
            d = d.plusDays(1);
        }
        return d.atTime(10, 0);
    }

    @Test
    void aScheduledMeetingSendsInvitationsAndUpdatesAndCancellationsWithTheSameUid() {
        TestMailbox mailbox = TestMailbox.start();
        World w = world();
        ApiClient fay = w.fay().api();
        LocalDateTime starts = nextThursdayAtTen();
        ApiClient.Reply created = fay.post("/cases/" + w.caseId() + "/meetings", meeting(w, starts, starts.plusMinutes(90),
                w.fay().practitionerId(), w.sam().practitionerId()).build()).expect(201);
        JsonObject m = created.json();
        long id = m.getJsonNumber("id").longValue();
        assertEquals("SCHEDULED", m.getString("status"));
        assertEquals(3, m.getJsonArray("invitees").size());
        assertEquals(starts.toString().substring(0, 16), m.getString("starts").substring(0, 16));

        TestMailbox.Mail toSam = mailbox.awaitMessages(email(w.sam()), 1, Duration.ofSeconds(20)).get(0);
        assertEquals("REQUEST", toSam.calendarMethod());
        String ics = toSam.unfoldedCalendar();
        assertTrue(ics.contains("DTSTART;TZID=Europe/London:" + starts.toLocalDate().toString().replace("-", "") + "T100000"), ics);
        assertTrue(ics.contains("SEQUENCE:0"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
        assertTrue(ics.toLowerCase().contains("mailto:" + w.mumEmail()), ics);
        String uid = ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
        assertTrue(toSam.subject().startsWith("Invitation: Initial TAF meeting"), toSam.subject());
        assertEquals(1, mailbox.awaitMessages(w.mumEmail(), 1, Duration.ofSeconds(20)).size(), "the family is invited too");

        // the .ics for download is the same invitation
        String download = fay.get("/meetings/" + id + "/invitation.ics", Map.of("Accept", "text/calendar")).expect(200).body();
        assertTrue(download.contains(uid), download);

        // an hour later, without Sam: an update to the others, a cancellation to Sam
        mailbox.purge();
        JsonObject moved = fay.put("/meetings/" + id, meeting(w, starts.plusHours(1), starts.plusHours(2),
                w.fay().practitionerId()).build(), created.etag()).expect(200).json();
        assertEquals(1, moved.getInt("sequence"));
        TestMailbox.Mail update = mailbox.awaitMessages(w.mumEmail(), 1, Duration.ofSeconds(20)).get(0);
        assertEquals("REQUEST", update.calendarMethod());
        assertTrue(update.unfoldedCalendar().contains("SEQUENCE:1") && update.unfoldedCalendar().contains(uid));
        assertTrue(update.unfoldedCalendar().contains("T110000"), update.unfoldedCalendar());
        TestMailbox.Mail gone = mailbox.awaitMessages(email(w.sam()), 1, Duration.ofSeconds(20)).get(0);
        assertEquals("CANCEL", gone.calendarMethod());
        assertTrue(gone.unfoldedCalendar().contains(uid));

        // cancelled: everyone still invited gets a CANCEL with a higher sequence
        mailbox.purge();
        ApiClient.Reply current = fay.get("/meetings/" + id).expect(200);
        JsonObject cancelled = fay.post("/meetings/" + id + "/cancellation", Json.createObjectBuilder()
                .add("reason", "Sarah is unwell").build(), current.etag()).expect(200).json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        TestMailbox.Mail cancel = mailbox.awaitMessages(w.mumEmail(), 1, Duration.ofSeconds(20)).get(0);
        assertEquals("CANCEL", cancel.calendarMethod());
        assertTrue(cancel.unfoldedCalendar().contains("SEQUENCE:2"), cancel.unfoldedCalendar());
        assertTrue(cancel.unfoldedCalendar().contains("STATUS:CANCELLED"));
        JsonObject after = fay.get("/meetings/" + id).expect(200).json();
        assertTrue(after.getJsonArray("invitees").getValuesAs(JsonObject.class).stream()
                .allMatch(i -> i.getString("invitationDelivery", "").startsWith("Cancellation: Sent")), after.toString());
        // the stale version is refused, not overwritten
        assertEquals(412, fay.post("/meetings/" + id + "/cancellation", Json.createObjectBuilder().add("reason", "again")
                .build(), created.etag()).status());
    }

    @Test
    void badSchedulingIsRefusedOnTheField() {
        World w = world();
        ApiClient fay = w.fay().api();
        LocalDateTime starts = nextThursdayAtTen();
        String path = "/cases/" + w.caseId() + "/meetings";
        ApiClient.Reply backwards = fay.post(path, meeting(w, starts, starts.minusHours(1), w.fay().practitionerId()).build())
                .expect(422);
        assertEquals("meeting.ends-before-start", backwards.code());
        assertEquals(List.of("ends"), backwards.fields());
        ApiClient.Reply past = fay.post(path, meeting(w, starts.minusWeeks(2), starts.minusWeeks(2).plusHours(1),
                w.fay().practitionerId()).build()).expect(422);
        assertEquals("meeting.in-the-past", past.code());
        ApiClient.Reply outside = fay.post(path, meeting(w, starts, starts.plusHours(1), w.fay().practitionerId(),
                w.pete().practitionerId()).build()).expect(422);
        assertEquals("meeting.invitee-outside-consent", outside.code());
        assertEquals(List.of("practitionerIds"), outside.fields());
        assertTrue(outside.body().contains("Pete Police"), outside.body());
        ApiClient.Reply noChair = fay.post(path, meeting(w, starts, starts.plusHours(1), w.fay().practitionerId()).remove("chairId")
                .build()).expect(400);
        assertTrue(noChair.body().contains("chair"), noChair.body());
        // nobody outside the case sees it or schedules on it
        assertEquals(404, w.pete().api().post(path, meeting(w, starts, starts.plusHours(1), w.fay().practitionerId()).build())
                .status());
    }

    @Test
    void aMeetingIsRecordedCompletedAndCirculatedWithinItsClock() throws InterruptedException {
        World w = world();
        ApiClient fay = w.fay().api();
        LocalDateTime starts = LocalDateTime.now(LONDON).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        ApiClient.Reply created = fay.post("/cases/" + w.caseId() + "/meetings", meeting(w, starts, starts.plusHours(1),
                w.fay().practitionerId(), w.sam().practitionerId()).build()).expect(201);
        long id = created.id();
        JsonObject m = created.json();
        long samInvitee = inviteeId(m, "Sam");
        long fayInvitee = inviteeId(m, "Fay");
        long mumInvitee = inviteeId(m, "Sarah");
        Thread.sleep(4000); // the meeting has begun

        ApiClient.Reply badScaling = fay.put("/meetings/" + id + "/outcome", outcome(11, fayInvitee, samInvitee, mumInvitee)
                .build(), created.etag()).expect(422);
        assertEquals("meeting.scaling-out-of-range", badScaling.code());
        ApiClient.Reply saved = fay.put("/meetings/" + id + "/outcome", outcome(4, fayInvitee, samInvitee, mumInvitee).build(),
                created.etag()).expect(200);
        assertEquals("Amy misses school on Mondays", saved.json().getString("worries"), "nothing lost after the refusal");

        // SMART actions: an owner on the case, or refused
        JsonObject action = fay.post("/meetings/" + id + "/actions", Json.createObjectBuilder()
                .add("description", "Sam sets up a morning check-in for Amy").add("successMeasure", "Amy in class by 8:50")
                .add("ownerPractitionerId", w.sam().practitionerId()).add("dueOn", LocalDate.now(LONDON).plusWeeks(3).toString())
                .build()).expect(201).json();
        assertEquals("NOT_STARTED", action.getString("status"));
        ApiClient.Reply notOnCase = fay.post("/meetings/" + id + "/actions", Json.createObjectBuilder()
                .add("description", "Pete visits").add("successMeasure", "Visit done")
                .add("ownerPractitionerId", w.pete().practitionerId()).add("dueOn", LocalDate.now(LONDON).plusWeeks(1).toString())
                .build()).expect(422);
        assertEquals("action.owner-not-on-case", notOnCase.code());

        JsonObject held = fay.post("/meetings/" + id + "/completion", Json.createObjectBuilder().build(), saved.etag())
                .expect(200).json();
        assertEquals("HELD", held.getString("status"));
        assertEquals("CONTINUE", held.getString("decision"));
        assertEquals(starts.toLocalDate().plusWeeks(6).toString(), held.getString("nextReviewOn"));
        LocalDate due = LocalDate.parse(held.getString("circulationDueOn"));
        assertTrue(due.isAfter(starts.toLocalDate().plusDays(6)) || due.equals(starts.toLocalDate().plusDays(7)),
                "five working days is at least a calendar week: " + due);
        JsonObject plan = fay.get("/cases/" + w.caseId() + "/meetings").expect(200).json();
        assertEquals(held.getString("nextReviewOn"), plan.getString("nextReviewOn"));
        assertEquals(1, plan.getJsonArray("actions").size());

        // progress on the action, by its owner
        ApiClient sam = w.sam().api();
        String actionPath = "/actions/" + action.getJsonNumber("id").longValue();
        JsonObject progressed = sam.post(actionPath + "/progress", Json.createObjectBuilder().add("note", "Started Monday")
                .add("status", "IN_PROGRESS").build(), sam.get(actionPath).etag()).expect(200).json();
        assertEquals("IN_PROGRESS", progressed.getString("status"));
        assertEquals(1, progressed.getJsonArray("progress").size());

        // circulated to two, then the family: complete
        ApiClient.Reply current = fay.get("/meetings/" + id).expect(200);
        ApiClient.Reply partly = fay.post("/meetings/" + id + "/circulation", Json.createObjectBuilder()
                .add("inviteeIds", Json.createArrayBuilder().add(fayInvitee).add(samInvitee)).add("method", "SECURE_EMAIL")
                .build(), current.etag()).expect(200);
        assertTrue(!partly.json().containsKey("circulatedOn"), "the family has not had it yet");
        JsonObject all = fay.post("/meetings/" + id + "/circulation", Json.createObjectBuilder()
                .add("inviteeIds", Json.createArrayBuilder().add(mumInvitee)).add("method", "POST").build(), partly.etag())
                .expect(200).json();
        assertEquals(LocalDate.now(LONDON).toString(), all.getString("circulatedOn"));

        byte[] pdf = fay.file("/meetings/" + id + "/family-copy.pdf", "application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(text.contains("Our family plan") && text.contains("Amy misses school on Mondays")
                && text.contains("Sam sets up a morning check-in for Amy"), text);

        // nothing of this is drift: the clocks have not run out
        assertEquals(0, fay.get("/drift?kind=UNCIRCULATED_RECORD").expect(200).json().getInt("total"));
        assertEquals(0, fay.get("/drift?kind=OVERDUE_REVIEW").expect(200).json().getInt("total"));
        assertEquals(422, fay.get("/drift?kind=OVERDUE_ACTION&whose=ALL").status(), "all cases: the coordinator only");
    }

    private static long inviteeId(JsonObject meeting, String givenName) {
        return meeting.getJsonArray("invitees").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonObject("person").getString("name").startsWith(givenName)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder outcome(int scaling, long fay, long sam, long mum) {
        return Json.createObjectBuilder().add("minutes", "We met at school.").add("worries", "Amy misses school on Mondays")
                .add("workingWell", "Sarah walks Amy in twice a week").add("needsToHappen", "Amy attends every day")
                .add("scaling", scaling).add("cadence", "SIX_WEEKLY")
                .add("attendance", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("inviteeId", fay).add("attendance", "ATTENDED"))
                        .add(Json.createObjectBuilder().add("inviteeId", sam).add("attendance", "APOLOGIES")
                                .add("writtenReport", "Amy is settled in class"))
                        .add(Json.createObjectBuilder().add("inviteeId", mum).add("attendance", "ATTENDED").add("scaling", 5)));
    }
}
