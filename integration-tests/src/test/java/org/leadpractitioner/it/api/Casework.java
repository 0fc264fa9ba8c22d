package org.leadpractitioner.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/** Builds families, members, children and cases through the API, as a practitioner would. */
public final class Casework {

    private final ApiClient api;

    public Casework(ApiClient api) {
        this.api = api;
    }

    public long family(String name, boolean parentsSeparated) {
        return api.post("/families", Json.createObjectBuilder().add("familyName", name).add("town", "Leeds")
                .add("postcode", "LS1 4AP").add("parentsSeparated", parentsSeparated).build()).expect(201).id();
    }

    public long member(long familyId, String given, String family, String relationship, boolean parentalResponsibility) {
        return api.post("/families/" + familyId + "/members", Json.createObjectBuilder().add("givenName", given)
                .add("familyName", family).add("relationship", relationship)
                .add("holdsParentalResponsibility", parentalResponsibility).build()).expect(201).id();
    }

    public long child(long familyId, String given, String family, LocalDate born, String sen, long... livesWith) {
        JsonArrayBuilder with = Json.createArrayBuilder();
        for (long m : livesWith) {
            with.add(m);
        }
        return api.post("/families/" + familyId + "/children", Json.createObjectBuilder().add("givenName", given)
                .add("familyName", family).add("dateOfBirth", born.toString()).add("senStatus", sen)
                .add("livesWithMemberIds", with).build()).expect(201).id();
    }

    public static JsonObjectBuilder openCase(long familyId, long consentFrom, String level, long... children) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long c : children) {
            ids.add(c);
        }
        return Json.createObjectBuilder().add("familyId", familyId).add("childIds", ids).add("needLevelCode", level)
                .add("consentGivenByMemberId", consentFrom).add("consentDate", LocalDate.now().toString())
                .add("presentingNeeds", "School attendance has dropped and the family asked for help with routines.");
    }

    public ApiClient.Reply tryOpen(JsonObject request) {
        return api.post("/cases", request);
    }

    public long open(long familyId, long consentFrom, long... children) {
        return tryOpen(openCase(familyId, consentFrom, "LEVEL_1_PLUS", children).build()).expect(201).id();
    }

    /**
     * Appoints {@code lead} for children of the case through the whole workflow: proposed by this practitioner,
     * accepted by the lead, agreed by their line manager {@code manager}, the family having no preference.
     */
    public long appointLead(long caseId, TestPeople.Person lead, TestPeople.Person manager, long... children) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long c : children) {
            ids.add(c);
        }
        long id = api.post("/cases/" + caseId + "/appointments", Json.createObjectBuilder().add("practitionerId",
                lead.practitionerId()).add("childIds", ids).add("designation", "FAMILY_HELP_LEAD_PRACTITIONER")
                .add("effectiveFrom", LocalDate.now().toString()).add("atTaf", false).build()).expect(201).id();
        String path = "/appointments/" + id;
        lead.api().post(path + "/acceptance", Json.createObjectBuilder().build(), lead.api().get(path).etag()).expect(200);
        manager.api().post(path + "/agreement", Json.createObjectBuilder().build(), manager.api().get(path).etag()).expect(200);
        JsonObject done = api.put(path + "/family-wish", Json.createObjectBuilder().add("wish", "NO_PREFERENCE").build(),
                api.get(path).etag()).expect(200).json();
        if (!"CONFIRMED".equals(done.getString("status"))) {
            throw new AssertionError("Not confirmed: " + done);
        }
        return id;
    }
}
