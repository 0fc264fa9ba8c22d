package org.leadpractitioner.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Reference data and people over HTTP: who may call what (401, 403), agencies, need levels, practitioners
 * with line management, sign-ins, paging, versions as ETags, and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceAndPeopleApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin() {
        return ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
    }

    @Test
    void anonymousCallsAreAskedToSignIn() {
        ApiClient.Reply reply = ApiClient.anonymous(base).get("/agencies").expect(401);
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic"), reply.toString());
        assertEquals("unauthenticated", reply.code());
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"), reply.toString());

        ApiClient.anonymous(base).get("/cases/mine").expect(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        ApiClient.Reply reply = ApiClient.anonymous(base).as(TestPeople.ADMIN, "not-the-password-1").get("/agencies").expect(401);
        assertTrue(reply.header("WWW-Authenticate").isPresent(), reply.toString());
        ApiClient.anonymous(base).as("nobody-" + TestPeople.token(), "whatever-password").get("/need-levels").expect(401);
    }

    @Test
    void aPractitionerCannotUseTheAdministratorsEndpoints() {
        ApiClient admin = admin();
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Agency " + t);
        Person p = TestPeople.person(admin, "Pat", "Forbidden" + t, "FAMILY_WORKER", agency, null, "PRACTITIONER");

        ApiClient.Reply users = p.api().get("/users").expect(403);
        assertEquals("forbidden", users.code());
        assertFalse(users.header("WWW-Authenticate").isPresent(), "a signed-in caller is not asked to sign in again");
        p.api().post("/agencies", Json.createObjectBuilder().add("name", "Mine " + t).add("type", "OTHER").build()).expect(403);
        p.api().post("/practitioners", TestPeople.practitionerJson("A", "B" + t, "ab" + t + "@x.example", "TEACHER", agency, null)
                .build()).expect(403);
        // what every signed-in user may do
        p.api().get("/agencies/" + agency).expect(200);
        p.api().get("/practitioners?q=" + t).expect(200);
        // and an administrator sees no case content
        admin.get("/cases/mine").expect(403);
        admin.get("/families").expect(403);
    }

    @Test
    void agenciesAreCreatedReadAndChangedWithVersions() {
        ApiClient admin = admin();
        String t = TestPeople.token();
        ApiClient.Reply created = admin.post("/agencies",
                Json.createObjectBuilder().add("name", "Riverside Primary " + t).add("type", "SCHOOL").build()).expect(201);
        long id = created.id();
        assertTrue(created.location().endsWith("/api/v1/agencies/" + id), created.location());
        assertTrue(created.etag().matches("\"\\d+\""), created.etag());

        ApiClient.Reply read = admin.get(created.location()).expect(200);
        assertEquals("Riverside Primary " + t, read.json().getString("name"));
        assertEquals("SCHOOL", read.json().getString("type"));
        assertTrue(read.json().getBoolean("active"));
        String etag = read.etag();
        assertEquals(created.etag(), etag);

        JsonObject change = Json.createObjectBuilder().add("name", "Riverside Academy " + t).add("type", "SCHOOL")
                .add("active", false).build();
        ApiClient.Reply changed = admin.put("/agencies/" + id, change, etag).expect(200);
        assertEquals("Riverside Academy " + t, changed.json().getString("name"));
        assertFalse(changed.json().getBoolean("active"));
        assertNotEquals(etag, changed.etag(), "a change moves the version on");
        assertEquals(changed.etag(), admin.get("/agencies/" + id).expect(200).etag(), "the ETag returned is the one GET gives");

        // the version read before the change is stale now: nothing is overwritten
        ApiClient.Reply stale = admin.put("/agencies/" + id, Json.createObjectBuilder().add("name", "Lost " + t)
                .add("type", "SCHOOL").add("active", true).build(), etag).expect(412);
        assertEquals("stale-version", stale.code());
        assertTrue(stale.json().getString("detail").contains("ETag"), stale.toString());
        assertEquals("Riverside Academy " + t, admin.get("/agencies/" + id).json().getString("name"));

        // no If-Match at all, or one that is not a version
        ApiClient.Reply missing = admin.put("/agencies/" + id, change, null).expect(428);
        assertEquals("if-match-required", missing.code());
        assertTrue(missing.json().getString("detail").contains("If-Match"), missing.toString());
        admin.put("/agencies/" + id, change, "*").expect(400);
        admin.put("/agencies/" + id, change, "W/\"1\"").expect(400);
        admin.put("/agencies/" + id, change, "1").expect(400);
        // "active" is required in a PUT: leaving it out must not deactivate the agency by accident
        ApiClient.Reply noActive = admin.put("/agencies/" + id, Json.createObjectBuilder().add("name", "X " + t)
                .add("type", "SCHOOL").build(), changed.etag()).expect(400);
        assertEquals("active", noActive.fields().get(0));

        // inactive agencies leave the choosers
        assertFalse(ids(admin.get("/agencies/active").expect(200).array()).contains(id));

        // a name already taken is a rule, answered 422 with the field
        ApiClient.Reply taken = admin.post("/agencies", Json.createObjectBuilder().add("name", "Riverside Academy " + t)
                .add("type", "HEALTH").build()).expect(422);
        assertEquals("agency.name-taken", taken.code());
        assertEquals("name", taken.fields().get(0));
    }

    @Test
    void listsArePaged() {
        ApiClient admin = admin();
        String t = TestPeople.token();
        TestPeople.agency(admin, "Paging A " + t);
        TestPeople.agency(admin, "Paging B " + t);

        JsonObject page = admin.get("/agencies?offset=1&limit=1").expect(200).json();
        assertEquals(1, page.getInt("offset"));
        assertEquals(1, page.getInt("limit"));
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() >= 2);

        JsonObject capped = admin.get("/agencies?limit=5000").expect(200).json();
        assertEquals(100, capped.getInt("limit"), "a page holds at most 100 rows");
        assertEquals(20, admin.get("/agencies").expect(200).json().getInt("limit"), "the default page size");
    }

    @Test
    void needLevelsAreListedLowestFirst() {
        JsonArray levels = admin().get("/need-levels").expect(200).array();
        List<String> codes = levels.getValuesAs(JsonObject.class).stream().map(l -> l.getString("code")).toList();
        assertTrue(codes.indexOf("UNIVERSAL") >= 0 && codes.indexOf("UNIVERSAL") < codes.indexOf("LEVEL_1_PLUS"), codes.toString());
        JsonObject universal = levels.getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals("UNIVERSAL")).findFirst().orElseThrow();
        assertFalse(universal.getBoolean("leadPractitionerApplies"));
    }

    @Test
    void administratorsConfigureTheContinuumOfNeed() {
        ApiClient admin = admin();
        String code = "LEVEL_TEST_" + TestPeople.token().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        JsonObject level = Json.createObjectBuilder().add("code", code).add("label", "Level 3 Intensive").add("rank", 35)
                .add("leadPractitionerApplies", true).add("statutory", false).build();

        String t = TestPeople.token();
        Person practitioner = TestPeople.person(admin, "Nia", "Level" + t, "FAMILY_WORKER",
                TestPeople.agency(admin, "Levels " + t), null, "PRACTITIONER");
        practitioner.api().post("/need-levels", level).expect(403);
        practitioner.api().get("/need-levels/all").expect(403);

        ApiClient.Reply created = admin.post("/need-levels", level).expect(201);
        assertTrue(codesOf(admin.get("/need-levels").expect(200).array()).contains(code), "a new level can be chosen");
        ApiClient.Reply duplicate = admin.post("/need-levels", level).expect(422);
        assertEquals("need-level.code-taken", duplicate.code());

        JsonObject renamedCode = Json.createObjectBuilder(level).add("code", code + "_X").add("active", true).build();
        ApiClient.Reply fixed = admin.put("/need-levels/" + created.id(), renamedCode, created.etag()).expect(422);
        assertEquals("need-level.code-fixed", fixed.code());

        JsonObject retire = Json.createObjectBuilder(level).add("label", "Level 3 (retired)").add("active", false).build();
        ApiClient.Reply retired = admin.put("/need-levels/" + created.id(), retire, created.etag()).expect(200);
        assertFalse(retired.json().getBoolean("active"));
        assertFalse(codesOf(admin.get("/need-levels").expect(200).array()).contains(code), "a retired level is no longer offered");
        assertTrue(codesOf(admin.get("/need-levels/all").expect(200).array()).contains(code), "administrators still see it");
        admin.put("/need-levels/" + created.id(), retire, created.etag()).expect(412);
    }

    private static List<String> codesOf(JsonArray levels) {
        return levels.getValuesAs(JsonObject.class).stream().map(l -> l.getString("code")).toList();
    }

    @Test
    void practitionersHaveLineManagersAndCanBeFoundAndChanged() {
        ApiClient admin = admin();
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Health " + t);
        long other = TestPeople.agency(admin, "School " + t);

        ApiClient.Reply manager = admin.post("/practitioners", TestPeople.practitionerJson("Mo", t + "manager",
                "mo." + t + "@nhs.example", "HEALTH_VISITOR", agency, null).build()).expect(201);
        long managerId = manager.id();
        assertTrue(manager.location().endsWith("/practitioners/" + managerId), manager.location());
        long workerId = admin.post("/practitioners", TestPeople.practitionerJson("Wyn", t + "worker",
                "wyn." + t + "@nhs.example", "SCHOOL_NURSE", agency, managerId).build()).expect(201).id();
        long teacherId = admin.post("/practitioners", TestPeople.practitionerJson("Tia", t + "teacher",
                "tia." + t + "@school.example", "TEACHER", other, null).build()).expect(201).id();

        ApiClient.Reply worker = admin.get("/practitioners/" + workerId).expect(200);
        assertEquals(managerId, worker.json().getJsonNumber("lineManagerId").longValue());
        assertEquals("Health " + t, worker.json().getString("agencyName"));

        List<Long> supervisees = ids(admin.get("/practitioners/" + managerId + "/supervisees").expect(200).array());
        assertEquals(List.of(workerId), supervisees);
        admin.get("/practitioners/999999999/supervisees").expect(404);

        // the directory finds people by the start of a first name, last name or email
        assertEquals(List.of(managerId, teacherId, workerId).stream().sorted().toList(),
                ids(admin.get("/practitioners?q=" + t + "&limit=100").expect(200).json().getJsonArray("items"))
                        .stream().sorted().toList());
        JsonObject inAgency = admin.get("/practitioners?q=" + t + "&agencyId=" + other).expect(200).json();
        assertEquals(1, inAgency.getJsonNumber("total").longValue());
        assertEquals(List.of(teacherId), ids(inAgency.getJsonArray("items")));

        // move the worker to the school with no line manager
        JsonObject change = TestPeople.practitionerJson("Wyn", t + "worker", "wyn." + t + "@school.example", "SENCO", other, null)
                .add("leadCaseCapacity", 5).build();
        ApiClient.Reply moved = admin.put("/practitioners/" + workerId, change, worker.etag()).expect(200);
        assertEquals("SENCO", moved.json().getString("role"));
        assertEquals(5, moved.json().getInt("leadCaseCapacity"));
        assertFalse(moved.json().containsKey("lineManagerId") && moved.json().get("lineManagerId") != JsonValue.NULL);
        assertTrue(admin.get("/practitioners/" + managerId + "/supervisees").expect(200).array().isEmpty());
        admin.put("/practitioners/" + workerId, change, worker.etag()).expect(412);
        admin.put("/practitioners/" + workerId, change, null).expect(428);

        // an unknown line manager is a rule about that field
        ApiClient.Reply unknown = admin.post("/practitioners", TestPeople.practitionerJson("No", "Boss" + t,
                "no." + t + "@x.example", "TEACHER", agency, 999999999L).build()).expect(422);
        assertEquals("practitioner.unknown", unknown.code());
        assertEquals("lineManagerId", unknown.fields().get(0));
    }

    @Test
    void usersAreCreatedAndCanBeDisabled() {
        ApiClient admin = admin();
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Youth " + t);
        Person p = TestPeople.person(admin, "Una", "User" + t, "YOUTH_WORKER", agency, null, "PRACTITIONER");
        p.api().get("/cases/mine").expect(200);

        ApiClient.Reply user = admin.get("/users/" + p.userId()).expect(200);
        assertEquals(p.username(), user.json().getString("username"));
        assertEquals(p.practitionerId(), user.json().getJsonNumber("practitionerId").longValue());
        assertEquals(List.of("PRACTITIONER"), user.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(user.body().contains(TestPeople.PASSWORD), "the password never comes back");
        assertTrue(ids(admin.get("/users?limit=100&offset=0").expect(200).json().getJsonArray("items")).size() >= 1);

        ApiClient.Reply disabled = admin.put("/users/" + p.userId() + "/enabled",
                Json.createObjectBuilder().add("enabled", false).build(), user.etag()).expect(200);
        assertFalse(disabled.json().getBoolean("enabled"));
        assertNotEquals(user.etag(), disabled.etag());
        p.api().get("/cases/mine").expect(401);

        admin.put("/users/" + p.userId() + "/enabled", Json.createObjectBuilder().add("enabled", true).build(), user.etag())
                .expect(412);
        ApiClient.Reply enabled = admin.put("/users/" + p.userId() + "/enabled",
                Json.createObjectBuilder().add("enabled", true).build(), disabled.etag()).expect(200);
        assertTrue(enabled.json().getBoolean("enabled"));
        p.api().get("/cases/mine").expect(200);

        // a practitioner's sign-in needs a practitioner record; passwords of at least 12 characters
        ApiClient.Reply unlinked = admin.post("/users", Json.createObjectBuilder().add("username", "u" + t)
                .add("password", TestPeople.PASSWORD).add("roles", Json.createArrayBuilder().add("PRACTITIONER")).build())
                .expect(422);
        assertEquals("user.practitioner-required", unlinked.code());
        ApiClient.Reply shortPassword = admin.post("/users", Json.createObjectBuilder().add("username", "v" + t)
                .add("password", "short").add("roles", Json.createArrayBuilder().add("ADMIN")).build()).expect(400);
        assertEquals("password", shortPassword.fields().get(0));
        ApiClient.Reply taken = admin.post("/users", Json.createObjectBuilder().add("username", p.username())
                .add("password", TestPeople.PASSWORD).add("roles", Json.createArrayBuilder().add("ADMIN")).build()).expect(422);
        assertEquals("user.username-taken", taken.code());
        admin.get("/users/999999999").expect(404);
    }

    @Test
    void theOpenApiDocumentListsThePaths() throws Exception {
        HttpResponse<String> doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                admin().serverRoot().resolve("/openapi?format=JSON")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode(), doc.body());
        JsonObject paths = Json.createReader(new java.io.StringReader(doc.body())).readObject().getJsonObject("paths");
        for (String path : List.of("/agencies", "/agencies/{id}", "/need-levels", "/practitioners/{id}/supervisees",
                "/users/{id}/enabled", "/families/{id}/children", "/children/{id}/circumstances/{circumstanceId}/end",
                "/cases", "/cases/mine", "/cases/{id}", "/cases/{id}/step-up", "/cases/{id}/need-level")) {
            assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith("/api/v1" + path)),
                    "missing " + path + " in " + paths.keySet());
        }
    }

    static List<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    static Map<String, String> ifMatch(String etag) {
        return Map.of("If-Match", etag);
    }
}
