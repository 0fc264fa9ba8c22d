package org.leadpractitioner.web.api;

import java.time.LocalDate;
import org.leadpractitioner.core.reference.AgencyInput;
import org.leadpractitioner.core.reference.NeedLevelInput;
import org.leadpractitioner.domain.core.AgencyType;

/**
 * Request bodies the API has beyond the boundaries' own inputs: a field or two around a boundary call.
 * They only check that what the call needs is present; the rules stay in the EJB layer.
 */
public final class Requests {

    private Requests() {
    }

    /** PUT /agencies/{id}: the agency's details and whether it is still in use. */
    public record AgencyUpdate(String name, AgencyType type, Boolean active) {
        AgencyInput toInput() {
            return new AgencyInput(name, type);
        }

        boolean requireActive() {
            return required("active", active, "Say whether the agency is active (true or false).");
        }
    }

    /** PUT /need-levels/{id}: a level's details and whether it may still be chosen for new cases. */
    public record NeedLevelUpdate(String code, String label, Integer rank, Boolean leadPractitionerApplies, Boolean statutory,
            Boolean active) {
        NeedLevelInput toInput() {
            return new NeedLevelInput(code, label,
                    required("rank", rank, "Give the level a rank: 0 or more, lowest need first."),
                    required("leadPractitionerApplies", leadPractitionerApplies,
                            "Say whether cases at this level have a lead practitioner (true or false)."),
                    required("statutory", statutory, "Say whether this is a statutory level (true or false)."));
        }

        boolean requireActive() {
            return required("active", active, "Say whether the level can still be chosen for new cases (true or false).");
        }
    }

    /** PUT /users/{id}/enabled. */
    public record Enabled(Boolean enabled) {
        boolean requireEnabled() {
            return required("enabled", enabled, "Say whether the user may sign in (true or false).");
        }
    }

    /** PUT /cases/{id}/need-level. */
    public record NeedLevelChange(String needLevelCode) {
        String requireCode() {
            if (needLevelCode == null || needLevelCode.isBlank()) {
                throw ProblemException.invalid("needLevelCode", "Choose the level of need (a code from GET /need-levels).");
            }
            return needLevelCode;
        }
    }

    /** PUT /children/{id}/circumstances/{cid}/end. */
    public record CircumstanceEnd(LocalDate endDate) {
        LocalDate requireEndDate() {
            return required("endDate", endDate, "Enter the date the circumstance ended, for example 2026-11-23.");
        }
    }

    private static <T> T required(String field, T value, String message) {
        if (value == null) {
            throw ProblemException.invalid(field, message);
        }
        return value;
    }
}
