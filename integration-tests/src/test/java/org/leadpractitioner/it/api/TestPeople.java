package org.leadpractitioner.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Creates the agencies, practitioners and sign-ins a test needs, through the administrator's API, with
 * names made unique by a random token (the database may be reused across runs). Never relies on demo data.
 */
public final class TestPeople {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "it-admin-Secret1";
    public static final String PASSWORD = "it-Practitioner-Secret1";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestPeople() {
    }

    /** Eight random lowercase letters, to make names unique. */
    public static String token() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    public static long agency(ApiClient admin, String name) {
        return admin.post("/agencies", Json.createObjectBuilder().add("name", name).add("type", "EARLY_HELP").build())
                .expect(201).id();
    }

    public static JsonObjectBuilder practitionerJson(String given, String family, String email, String role, long agencyId,
            Long lineManagerId) {
        JsonObjectBuilder p = Json.createObjectBuilder().add("givenName", given).add("familyName", family)
                .add("email", email).add("role", role).add("agencyId", agencyId).add("jobTitle", "Worker");
        if (lineManagerId != null) {
            p.add("lineManagerId", lineManagerId);
        }
        return p;
    }

    /** A practitioner signed in as {@code username}. */
    public record Person(long practitionerId, long userId, String username, ApiClient api) {
    }

    /**
     * A practitioner record and its sign-in with the given application roles; family name {@code family},
     * email and username derived from it (so pass something unique).
     */
    public static Person person(ApiClient admin, String given, String family, String role, long agencyId, Long lineManagerId,
            String... appRoles) {
        return person(admin, given, family, role, agencyId, lineManagerId, null, appRoles);
    }

    /** As {@link #person(ApiClient, String, String, String, long, Long, String...)}, line-managed since {@code since}. */
    public static Person person(ApiClient admin, String given, String family, String role, long agencyId, Long lineManagerId,
            LocalDate since, String... appRoles) {
        String username = (given + "." + family).toLowerCase(Locale.UK);
        JsonObjectBuilder json = practitionerJson(given, family, username + "@agency.example.gov.uk", role, agencyId,
                lineManagerId);
        if (since != null) {
            json.add("lineManagerSince", since.toString());
        }
        long practitionerId = admin.post("/practitioners", json.build()).expect(201).id();
        long userId = user(admin, username, practitionerId, appRoles);
        return new Person(practitionerId, userId, username, admin.as(username, PASSWORD));
    }

    public static long user(ApiClient admin, String username, Long practitionerId, String... roles) {
        JsonArrayBuilder r = Json.createArrayBuilder();
        for (String role : roles) {
            r.add(role);
        }
        JsonObjectBuilder u = Json.createObjectBuilder().add("username", username).add("password", PASSWORD).add("roles", r);
        if (practitionerId != null) {
            u.add("practitionerId", practitionerId);
        }
        return admin.post("/users", u.build()).expect(201).id();
    }
}
