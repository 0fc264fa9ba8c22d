package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.leadpractitioner.it.api.TestPeople.Person;

/**
 * Bank holidays over HTTP: the England and Wales holidays seeded by the migration, read by everyone signed in;
 * administrators add, rename and remove them with versions as ETags; one holiday per date (409), weekdays only
 * (422). Holidays a test adds are on random weekdays centuries ahead, so runs on a reused database never meet.
 */
@ExtendWith(ArquillianExtension.class)
class BankHolidayApiIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin() {
        return ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
    }

    private Person practitioner(ApiClient admin) {
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Holidays " + t);
        return TestPeople.person(admin, "Hol", "Iday" + t, "FAMILY_WORKER", agency, null, "PRACTITIONER");
    }

    /** A random weekday between 2600 and 2999 (a holiday may be recorded up to 2999). */
    private static LocalDate someWeekday() {
        LocalDate day = LocalDate.of(2600 + RANDOM.nextInt(400), 1, 1).plusDays(RANDOM.nextInt(360));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static JsonObject holiday(LocalDate on, String name) {
        return Json.createObjectBuilder().add("date", on.toString()).add("name", name).build();
    }

    private static List<String> dates(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(h -> h.getString("date")).toList();
    }

    @Test
    void theSeededHolidaysOf2026AreReadByEveryoneSignedIn() {
        ApiClient admin = admin();
        Person p = practitioner(admin);

        JsonObject year = p.api().get("/bank-holidays?year=2026").expect(200).json();
        assertEquals(List.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
                "2026-12-25", "2026-12-28"), dates(year));
        assertEquals(8, year.getJsonNumber("total").longValue());
        JsonObject boxingDay = year.getJsonArray("items").getJsonObject(7);
        assertEquals("Boxing Day (substitute day)", boxingDay.getString("name"));
        assertEquals(Set.of("id", "version", "date", "name"), boxingDay.keySet(),
                "a holiday is written as its components only");

        JsonObject winter = p.api().get("/bank-holidays?from=2026-12-01&to=2027-01-31").expect(200).json();
        assertEquals(List.of("2026-12-25", "2026-12-28", "2027-01-01"), dates(winter));
        assertEquals(List.of("2027-12-27", "2027-12-28", "2028-01-03"),
                dates(p.api().get("/bank-holidays?from=2027-12-01&to=2028-01-31").expect(200).json()),
                "both Christmas substitutes of 2027 and the New Year substitute of 2028");

        ApiClient.Reply one = p.api().get("/bank-holidays/" + boxingDay.getJsonNumber("id").longValue()).expect(200);
        assertEquals("2026-12-28", one.json().getString("date"));
        assertEquals("\"" + boxingDay.getJsonNumber("version").longValue() + "\"", one.etag());

        // parameters of the wrong type or shape are 400s naming them; a reversed range is a rule (422)
        assertEquals(List.of("from"), p.api().get("/bank-holidays?from=28/12/2026&to=2027-01-31").expect(400).fields());
        assertEquals(List.of("to"), p.api().get("/bank-holidays?from=2026-12-01").expect(400).fields());
        assertEquals(List.of("year"), p.api().get("/bank-holidays?year=2026&from=2026-12-01&to=2026-12-31").expect(400).fields());
        assertEquals(List.of("to"), p.api().get("/bank-holidays?from=2027-01-31&to=2026-12-01").expect(422).fields());
        ApiClient.anonymous(base).get("/bank-holidays?year=2026").expect(401);
    }

    @Test
    void administratorsAddRenameAndRemoveHolidaysWithVersions() {
        ApiClient admin = admin();
        LocalDate on = someWeekday();
        String t = TestPeople.token();

        ApiClient.Reply created = admin.post("/bank-holidays", holiday(on, "Jubilee " + t)).expect(201);
        long id = created.id();
        assertTrue(created.location().endsWith("/api/v1/bank-holidays/" + id), created.location());
        assertEquals(on.toString(), created.json().getString("date"));
        String etag = created.etag();
        assertEquals(etag, admin.get("/bank-holidays/" + id).expect(200).etag());
        assertEquals(List.of(on.toString()), dates(admin.get("/bank-holidays?year=" + on.getYear()).expect(200).json()));

        // one holiday per date: a conflict, answered as a problem naming the field
        ApiClient.Reply duplicate = admin.post("/bank-holidays", holiday(on, "Another " + t)).expect(409);
        assertEquals("bank-holiday.date-taken.conflict", duplicate.code());
        assertEquals(List.of("date"), duplicate.fields());
        assertTrue(duplicate.header("Content-Type").orElse("").startsWith("application/problem+json"), duplicate.toString());
        assertTrue(duplicate.json().getString("detail").contains("Jubilee " + t), duplicate.toString());

        // rename with the current version; the old one is then stale
        ApiClient.Reply renamed = admin.put("/bank-holidays/" + id, holiday(on, "Coronation " + t), etag).expect(200);
        assertEquals("Coronation " + t, renamed.json().getString("name"));
        assertNotEquals(etag, renamed.etag(), "a change moves the version on");
        ApiClient.Reply stale = admin.put("/bank-holidays/" + id, holiday(on, "Lost " + t), etag).expect(412);
        assertEquals("stale-version", stale.code());
        assertEquals("Coronation " + t, admin.get("/bank-holidays/" + id).json().getString("name"));
        assertEquals("if-match-required", admin.put("/bank-holidays/" + id, holiday(on, "X " + t), null).expect(428).code());

        // a weekend date is a rule broken on the field; a body without a date is invalid input
        LocalDate saturday = on.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        ApiClient.Reply weekend = admin.put("/bank-holidays/" + id, holiday(saturday, "Coronation " + t), renamed.etag())
                .expect(422);
        assertEquals("bank-holiday.weekend", weekend.code());
        assertEquals(List.of("date"), weekend.fields());
        admin.post("/bank-holidays", Json.createObjectBuilder().add("name", "No date " + t).build()).expect(400);

        // remove: a stale version is refused, the current one removes it
        assertEquals("stale-version", admin.send("DELETE", "/bank-holidays/" + id, null, Map.of("If-Match", etag))
                .expect(412).code());
        admin.send("DELETE", "/bank-holidays/" + id, null, Map.of("If-Match", renamed.etag())).expect(204);
        admin.get("/bank-holidays/" + id).expect(404);
        assertEquals(0, admin.get("/bank-holidays?year=" + on.getYear()).expect(200).json().getJsonNumber("total").longValue());
    }

    @Test
    void aPractitionerCannotChangeTheHolidays() {
        ApiClient admin = admin();
        Person p = practitioner(admin);
        LocalDate on = someWeekday();

        assertEquals("forbidden", p.api().post("/bank-holidays", holiday(on, "Mine")).expect(403).code());
        ApiClient.Reply created = admin.post("/bank-holidays", holiday(on, "Kept " + TestPeople.token())).expect(201);
        p.api().put("/bank-holidays/" + created.id(), holiday(on, "Renamed"), created.etag()).expect(403);
        p.api().send("DELETE", "/bank-holidays/" + created.id(), null, Map.of("If-Match", created.etag())).expect(403);
        admin.send("DELETE", "/bank-holidays/" + created.id(), null, Map.of("If-Match", created.etag())).expect(204);
    }
}
