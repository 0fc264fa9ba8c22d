package org.leadpractitioner.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/** Builds families, members, children and cases through the API, as a practitioner would. */
final class Casework {

    private final ApiClient api;

    Casework(ApiClient api) {
        this.api = api;
    }

    long family(String name, boolean parentsSeparated) {
        return api.post("/families", Json.createObjectBuilder().add("familyName", name).add("town", "Leeds")
                .add("postcode", "LS1 4AP").add("parentsSeparated", parentsSeparated).build()).expect(201).id();
    }

    long member(long familyId, String given, String family, String relationship, boolean parentalResponsibility) {
        return api.post("/families/" + familyId + "/members", Json.createObjectBuilder().add("givenName", given)
                .add("familyName", family).add("relationship", relationship)
                .add("holdsParentalResponsibility", parentalResponsibility).build()).expect(201).id();
    }

    long child(long familyId, String given, String family, LocalDate born, String sen, long... livesWith) {
        JsonArrayBuilder with = Json.createArrayBuilder();
        for (long m : livesWith) {
            with.add(m);
        }
        return api.post("/families/" + familyId + "/children", Json.createObjectBuilder().add("givenName", given)
                .add("familyName", family).add("dateOfBirth", born.toString()).add("senStatus", sen)
                .add("livesWithMemberIds", with).build()).expect(201).id();
    }

    static JsonObjectBuilder openCase(long familyId, long consentFrom, String level, long... children) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long c : children) {
            ids.add(c);
        }
        return Json.createObjectBuilder().add("familyId", familyId).add("childIds", ids).add("needLevelCode", level)
                .add("consentGivenByMemberId", consentFrom).add("consentDate", LocalDate.now().toString())
                .add("presentingNeeds", "School attendance has dropped and the family asked for help with routines.");
    }

    ApiClient.Reply tryOpen(JsonObject request) {
        return api.post("/cases", request);
    }

    long open(long familyId, long consentFrom, long... children) {
        return tryOpen(openCase(familyId, consentFrom, "LEVEL_1_PLUS", children).build()).expect(201).id();
    }
}
