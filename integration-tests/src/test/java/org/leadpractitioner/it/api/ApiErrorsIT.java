package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
 * Bad input of every kind is a 4xx problem document that says what to fix, never a 500: malformed JSON,
 * wrong JSON types, unknown and missing fields, too-long text, no body, parameters of the wrong type,
 * unknown ids and paths, wrong media types, malformed If-Match.
 */
@ExtendWith(ArquillianExtension.class)
class ApiErrorsIT {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin() {
        return ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
    }

    private Person practitioner() {
        ApiClient admin = admin();
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Errors " + t);
        return TestPeople.person(admin, "Eve", "Errors" + t, "TEACHER", agency, null, "PRACTITIONER");
    }

    @Test
    void malformedJsonIsABadRequest() {
        ApiClient.Reply reply = admin().send("POST", "/agencies", "{\"name\": \"Broken", JSON).expect(400);
        problem(reply, "malformed-json");
        problem(admin().send("POST", "/agencies", "[1, 2]", JSON).expect(400), "malformed-json");
        problem(admin().send("POST", "/agencies", "not json at all", JSON).expect(400), "malformed-json");
    }

    @Test
    void wrongJsonTypesAreBadRequestsNamingTheField() {
        ApiClient admin = admin();
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Types " + t);
        // an id that is text, an enum value that does not exist, an object for a string, a number for a string
        wrongType(admin.post("/practitioners", TestPeople.practitionerJson("Al", "Type" + t, "al" + t + "@x.example",
                "TEACHER", agency, null).add("agencyId", "twelve").build()), "agencyId");
        wrongType(admin.post("/practitioners", TestPeople.practitionerJson("Al", "Type" + t, "al" + t + "@x.example",
                "TEACHER", agency, null).add("leadCaseCapacity", 2.5).build()), "leadCaseCapacity");
        wrongType(admin.post("/agencies", Json.createObjectBuilder().add("name", "Enum " + t).add("type", "CASTLE").build()),
                "type");
        wrongType(admin.post("/agencies", Json.createObjectBuilder().add("name", Json.createObjectBuilder().add("x", 1))
                .add("type", "SCHOOL").build()), "name");
        wrongType(admin.post("/agencies", Json.createObjectBuilder().add("name", 7).add("type", "SCHOOL").build()), "name");
        wrongType(admin.post("/users", Json.createObjectBuilder().add("username", "u" + t).add("password", TestPeople.PASSWORD)
                .add("roles", "ADMIN").build()), "roles");
        wrongType(admin.post("/users", Json.createObjectBuilder().add("username", "u" + t).add("password", TestPeople.PASSWORD)
                .add("roles", Json.createArrayBuilder().add("ADMIN").add("KING")).build()), "roles[1]");
        Person p = practitioner();
        long family = new Casework(p.api()).family("Dates" + t, false);
        wrongType(p.api().post("/families/" + family + "/children", Json.createObjectBuilder().add("givenName", "A")
                .add("familyName", "B").add("dateOfBirth", "23/11/2020").build()), "dateOfBirth");
        // a boolean is true or false: "perhaps" is not read as false
        wrongType(p.api().post("/families", Json.createObjectBuilder().add("familyName", "Bool" + t)
                .add("parentsSeparated", "perhaps").build()), "parentsSeparated");
        wrongType(p.api().post("/families/" + family + "/members", Json.createObjectBuilder().add("givenName", "A")
                .add("familyName", "B").add("relationship", "MOTHER").add("holdsParentalResponsibility", "yes").build()),
                "holdsParentalResponsibility");
        assertEquals(0, p.api().get("/families?q=Bool" + t).json().getJsonNumber("total").longValue(), "nothing was saved");
    }

    private static void wrongType(ApiClient.Reply reply, String field) {
        reply.expect(400);
        problem(reply, "malformed-json");
        assertEquals(List.of(field), reply.fields(), reply.toString());
    }

    @Test
    void unknownFieldsAreRefusedNotIgnored() {
        ApiClient.Reply reply = admin().post("/agencies", Json.createObjectBuilder().add("name", "Unknown " + TestPeople.token())
                .add("type", "SCHOOL").add("nmae", "typo").build()).expect(400);
        problem(reply, "malformed-json");
        assertEquals(List.of("nmae"), reply.fields());
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        ApiClient.Reply agency = admin().post("/agencies", Json.createObjectBuilder().add("name", " ").build()).expect(400);
        problem(agency, "invalid-input");
        assertEquals(List.of("name", "type"), agency.fields());

        Person p = practitioner();
        ApiClient.Reply openCase = p.api().post("/cases", Json.createObjectBuilder().add("needLevelCode", "LEVEL_1_PLUS")
                .build()).expect(400);
        assertTrue(openCase.fields().containsAll(List.of("familyId", "childIds", "consentGivenByMemberId", "consentDate")),
                openCase.toString());
        ApiClient.Reply future = p.api().post("/families/1/children", Json.createObjectBuilder().add("givenName", "A")
                .add("familyName", "B").add("dateOfBirth", LocalDate.now().plusDays(3).toString()).build()).expect(400);
        assertEquals(List.of("dateOfBirth"), future.fields());
    }

    @Test
    void textThatIsTooLongIsNamed() {
        ApiClient.Reply reply = admin().post("/agencies", Json.createObjectBuilder().add("name", "x".repeat(201))
                .add("type", "SCHOOL").build()).expect(400);
        assertEquals(List.of("name"), reply.fields());
        assertTrue(reply.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("200"), reply.toString());

        Person p = practitioner();
        ApiClient.Reply family = p.api().post("/families", Json.createObjectBuilder().add("familyName", "Long")
                .add("postcode", "AB1 2CD 3EF 4GH").build()).expect(400);
        assertEquals(List.of("postcode"), family.fields());
    }

    @Test
    void aMissingOrNullBodyIsABadRequest() {
        ApiClient admin = admin();
        assertEquals(400, admin.send("POST", "/agencies", "", JSON).status());
        problem(admin.send("POST", "/agencies", "null", JSON).expect(400), "body-required");
        ApiClient.Reply noBody = admin.send("POST", "/agencies", null, Map.of()).expect(400);
        assertTrue(noBody.header("Content-Type").orElse("").startsWith("application/problem+json"), noBody.toString());
        long agency = TestPeople.agency(admin, "Body " + TestPeople.token());
        String etag = admin.get("/agencies/" + agency).etag();
        problem(admin.send("PUT", "/agencies/" + agency, "null", Map.of("Content-Type", "application/json", "If-Match", etag))
                .expect(400), "body-required");
    }

    @Test
    void parametersOfTheWrongTypeAreBadRequestsNamingTheParameter() {
        Person p = practitioner();
        assertEquals(List.of("id"), p.api().get("/cases/abc").expect(400).fields());
        assertEquals(List.of("id"), p.api().get("/families/1x").expect(400).fields());
        assertEquals(List.of("id"), p.api().get("/children/-").expect(400).fields());
        assertEquals(List.of("limit"), p.api().get("/cases?limit=x").expect(400).fields());
        assertEquals(List.of("offset"), p.api().get("/families?offset=1.5").expect(400).fields());
        assertEquals(List.of("status"), p.api().get("/cases?status=NOPE").expect(400).fields());
        assertEquals(List.of("includeClosed"), p.api().get("/cases/mine?includeClosed=yes").expect(400).fields());
        assertEquals(List.of("agencyId"), p.api().get("/practitioners?agencyId=school").expect(400).fields());
        assertEquals(List.of("id"), admin().put("/agencies/99999999999999999999", Json.createObjectBuilder().build(), "\"1\"")
                .expect(400).fields());
        // well-typed values still work, in any case of letters for enums and flags
        p.api().get("/cases?status=open&limit=5&offset=0").expect(200);
        p.api().get("/cases/mine?includeClosed=TRUE").expect(200);
        p.api().get("/cases?status=").expect(200);
    }

    @Test
    void unknownRecordsAndPathsAreNotFound() {
        Person p = practitioner();
        long missing = 999_999_999L;
        for (String path : List.of("/cases/" + missing, "/families/" + missing, "/children/" + missing,
                "/families/" + missing + "/members/1")) {
            problem(p.api().get(path).expect(404), "not-found");
        }
        ApiClient admin = admin();
        problem(admin.get("/agencies/" + missing).expect(404), "not-found");
        problem(admin.get("/practitioners/" + missing).expect(404), "not-found");
        problem(admin.put("/users/" + missing + "/enabled", Json.createObjectBuilder().add("enabled", true).build(), "\"1\"")
                .expect(404), "not-found");
        problem(p.api().post("/cases/" + missing + "/step-up", Json.createObjectBuilder().add("on", "2026-01-01")
                .add("reason", "r").build(), "\"1\"").expect(404), "not-found");
        problem(p.api().get("/no-such-thing").expect(404), "not-found");
    }

    @Test
    void wrongMethodsAndMediaTypesAreClientErrors() {
        ApiClient admin = admin();
        ApiClient.Reply delete = admin.send("DELETE", "/agencies", null, Map.of()).expect(405);
        problem(delete, "method-not-allowed");
        assertTrue(delete.header("Allow").orElse("").contains("POST"), delete.toString());
        problem(admin.send("POST", "/agencies", "name=x", Map.of("Content-Type", "text/plain")).expect(415),
                "unsupported-media-type");
        assertEquals(406, admin.send("GET", "/agencies", null, Map.of("Accept", "text/csv")).status());
    }

    @Test
    void aMalformedIfMatchIsABadRequestAndAMissingOneIsRequired() {
        ApiClient admin = admin();
        long agency = TestPeople.agency(admin, "IfMatch " + TestPeople.token());
        var body = Json.createObjectBuilder().add("name", "IfMatch2 " + TestPeople.token()).add("type", "OTHER")
                .add("active", true).build();
        for (String bad : List.of("abc", "\"abc\"", "\"1\", \"2\"", "*", "W/\"1\"")) {
            ApiClient.Reply reply = admin.put("/agencies/" + agency, body, bad).expect(400);
            problem(reply, "if-match-invalid");
        }
        problem(admin.put("/agencies/" + agency, body, null).expect(428), "if-match-required");
        problem(admin.put("/agencies/" + agency, body, "\"12345\"").expect(412), "stale-version");
    }

    @Test
    void clientMistakesNeverLeakInternals() {
        // a problem document says what to fix in the caller's terms: no stack trace, no exception class names,
        // and never the values sent (a password that broke a rule is not echoed back)
        ApiClient admin = admin();
        for (ApiClient.Reply reply : List.of(
                admin.send("POST", "/agencies", "{\"name\": ", JSON),
                admin.send("POST", "/agencies", "{\"name\": \"A\", \"type\": \"SCHOOL\", \"extra\": 1}", JSON),
                admin.send("POST", "/users", "{\"username\": \"x\", \"password\": \"tiny-secret\", \"roles\": [\"ADMIN\"]}", JSON),
                admin.get("/cases/abc"))) {
            assertTrue(reply.status() >= 400 && reply.status() < 500, reply.toString());
            assertFalse(reply.body().contains("at org.") || reply.body().contains("Exception"), reply.toString());
            assertFalse(reply.body().contains("tiny-secret"), reply.toString());
        }
    }

    @Test
    void viewsAreWrittenAsTheirFieldsOnly() {
        ApiClient admin = admin();
        long agency = TestPeople.agency(admin, "Shape " + TestPeople.token());
        var json = admin.get("/agencies/" + agency).expect(200).json();
        assertEquals(java.util.Set.of("id", "version", "name", "type", "active"), json.keySet());
        assertEquals(java.util.Set.of("items", "total", "offset", "limit"), admin.get("/agencies?limit=1").json().keySet());
    }

    private static void problem(ApiClient.Reply reply, String code) {
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"), reply.toString());
        assertEquals(code, reply.code(), reply.toString());
        assertEquals(reply.status(), reply.json().getInt("status"), reply.toString());
        assertTrue(reply.json().getString("detail").length() > 10, reply.toString());
    }
}
