package org.leadpractitioner.core.families;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.leadpractitioner.domain.core.CaseStatus;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.Relationship;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * The read models of the families boundary. Records, with getters where pages bind them (Jakarta EE 10
 * EL does not read record components as properties).
 */
public final class FamilyViews {

    private FamilyViews() {
    }

    public record FamilySummary(long id, String familyName, String postcode, String town, long children, long openCases) {
        public long getId() { return id; }
        public String getFamilyName() { return familyName; }
        public String getPostcode() { return postcode; }
        public String getTown() { return town; }
        public long getChildren() { return children; }
        public long getOpenCases() { return openCases; }
    }

    public record MemberView(long id, long version, String givenName, String familyName, String displayName, Relationship relationship,
            String relationshipLabel, boolean holdsParentalResponsibility, String email, String phone, LocalDate dateOfBirth) {
        public long getId() { return id; }
        public long getVersion() { return version; }
        public String getDisplayName() { return displayName; }
        public String getRelationshipLabel() { return relationshipLabel; }
        public boolean isHoldsParentalResponsibility() { return holdsParentalResponsibility; }
    }

    public record CircumstanceView(long id, long version, CircumstanceType type, String typeLabel, LocalDate startDate,
            LocalDate endDate, boolean active, Long responsiblePractitionerId, String responsiblePractitionerName, String note) {
        public long getId() { return id; }
        public String getTypeLabel() { return typeLabel; }
        public LocalDate getStartDate() { return startDate; }
        public LocalDate getEndDate() { return endDate; }
        public boolean isActive() { return active; }
        public String getResponsiblePractitionerName() { return responsiblePractitionerName; }
        public String getNote() { return note; }
    }

    public record ChildSummary(long id, String givenName, String familyName, String displayName, LocalDate dateOfBirth, int age,
            SenStatus senStatus, List<String> activeCircumstances, Set<Long> livesWithMemberIds) {
        public long getId() { return id; }
        public String getDisplayName() { return displayName; }
        public LocalDate getDateOfBirth() { return dateOfBirth; }
        public int getAge() { return age; }
        public SenStatus getSenStatus() { return senStatus; }
        public List<String> getActiveCircumstances() { return activeCircumstances; }
    }

    public record CaseLine(long id, String reference, CaseStatus status, String needLevel, LocalDate openedOn, LocalDate closedOn) {
        public long getId() { return id; }
        public String getReference() { return reference; }
        public CaseStatus getStatus() { return status; }
        public String getNeedLevel() { return needLevel; }
        public LocalDate getOpenedOn() { return openedOn; }
        public LocalDate getClosedOn() { return closedOn; }
    }

    public record FamilyView(long id, long version, String familyName, String addressLine1, String addressLine2, String town,
            String postcode, String localReference, boolean parentsSeparated, List<MemberView> members,
            List<ChildSummary> children, List<CaseLine> cases) {
        public long getId() { return id; }
        public long getVersion() { return version; }
        public String getFamilyName() { return familyName; }
        public String getAddressLine1() { return addressLine1; }
        public String getAddressLine2() { return addressLine2; }
        public String getTown() { return town; }
        public String getPostcode() { return postcode; }
        public String getLocalReference() { return localReference; }
        public boolean isParentsSeparated() { return parentsSeparated; }
        public List<MemberView> getMembers() { return members; }
        public List<ChildSummary> getChildren() { return children; }
        public List<CaseLine> getCases() { return cases; }
    }

    public record ChildView(long id, long version, long familyId, String familyName, String givenName, String childFamilyName,
            String displayName, LocalDate dateOfBirth, int age, SenStatus senStatus, boolean eligibleForEarlyHelp,
            List<MemberView> livesWith, List<CircumstanceView> circumstances, List<CaseLine> cases,
            List<MemberView> familyMembers) {
        public long getId() { return id; }
        public long getVersion() { return version; }
        public String getGivenName() { return givenName; }
        public String getChildFamilyName() { return childFamilyName; }
        public long getFamilyId() { return familyId; }
        public String getFamilyName() { return familyName; }
        public String getDisplayName() { return displayName; }
        public LocalDate getDateOfBirth() { return dateOfBirth; }
        public int getAge() { return age; }
        public SenStatus getSenStatus() { return senStatus; }
        public boolean isEligibleForEarlyHelp() { return eligibleForEarlyHelp; }
        public List<MemberView> getLivesWith() { return livesWith; }
        public List<CircumstanceView> getCircumstances() { return circumstances; }
        public List<CaseLine> getCases() { return cases; }
        /** Every adult member of the child's family (to choose whom the child lives with). */
        public List<MemberView> getFamilyMembers() { return familyMembers; }
    }
}
