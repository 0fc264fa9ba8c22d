package org.leadpractitioner.core.cases;

import java.time.LocalDate;
import java.util.List;
import org.leadpractitioner.domain.core.CaseOrigin;
import org.leadpractitioner.domain.core.CaseStatus;
import org.leadpractitioner.domain.core.ClosureReason;
import org.leadpractitioner.domain.core.ConsentDecision;
import org.leadpractitioner.domain.core.MembershipKind;

/** Read models of the cases boundary (getters for the pages: EE 10 EL does not read records). */
public final class CaseViews {

    private CaseViews() {
    }

    public record CaseSummary(long id, String reference, long familyId, String familyName, CaseStatus status, String needLevel,
            LocalDate openedOn, String children) {
        public long getId() { return id; }
        public String getReference() { return reference; }
        public long getFamilyId() { return familyId; }
        public String getFamilyName() { return familyName; }
        public CaseStatus getStatus() { return status; }
        public String getNeedLevel() { return needLevel; }
        public LocalDate getOpenedOn() { return openedOn; }
        public String getChildren() { return children; }
    }

    public record ChildOnCase(long id, String displayName, LocalDate dateOfBirth, int age) {
        public long getId() { return id; }
        public String getDisplayName() { return displayName; }
        public LocalDate getDateOfBirth() { return dateOfBirth; }
        public int getAge() { return age; }
    }

    public record ConsentLine(long id, ConsentDecision decision, String decisionLabel, String by, LocalDate decidedOn,
            String recordedBy, List<String> sharingAgencies, String note) {
        public ConsentDecision getDecision() { return decision; }
        public String getDecisionLabel() { return decisionLabel; }
        public String getBy() { return by; }
        public LocalDate getDecidedOn() { return decidedOn; }
        public String getRecordedBy() { return recordedBy; }
        public List<String> getSharingAgencies() { return sharingAgencies; }
        public String getNote() { return note; }
    }

    public record MemberLine(long practitionerId, String name, String role, String agency, MembershipKind kind, String kindLabel,
            LocalDate since, LocalDate until) {
        public String getName() { return name; }
        public String getRole() { return role; }
        public String getAgency() { return agency; }
        public String getKindLabel() { return kindLabel; }
        public LocalDate getSince() { return since; }
    }

    public record CaseView(long id, long version, String reference, long familyId, String familyName, List<ChildOnCase> children,
            String needLevelCode, String needLevel, CaseOrigin origin, CaseStatus status, LocalDate openedOn, String openedBy,
            String presentingNeeds, boolean consentInForce, LocalDate steppedUpOn, String stepUpReason, LocalDate closedOn,
            ClosureReason closureReason, String closureNote, LocalDate retentionReviewOn, List<MemberLine> members,
            List<ConsentLine> consents, List<ChildOnCase> otherChildren) {
        public long getId() { return id; }
        public long getVersion() { return version; }
        public String getReference() { return reference; }
        public long getFamilyId() { return familyId; }
        public String getFamilyName() { return familyName; }
        public List<ChildOnCase> getChildren() { return children; }
        public String getNeedLevel() { return needLevel; }
        public CaseOrigin getOrigin() { return origin; }
        public CaseStatus getStatus() { return status; }
        public boolean isOpen() { return status == CaseStatus.OPEN; }
        public LocalDate getOpenedOn() { return openedOn; }
        public String getOpenedBy() { return openedBy; }
        public String getPresentingNeeds() { return presentingNeeds; }
        public boolean isConsentInForce() { return consentInForce; }
        public LocalDate getSteppedUpOn() { return steppedUpOn; }
        public String getStepUpReason() { return stepUpReason; }
        public LocalDate getClosedOn() { return closedOn; }
        public ClosureReason getClosureReason() { return closureReason; }
        public String getClosureNote() { return closureNote; }
        public LocalDate getRetentionReviewOn() { return retentionReviewOn; }
        public List<MemberLine> getMembers() { return members; }
        public List<ConsentLine> getConsents() { return consents; }
        /** The family's children not on this case (those who could join it while it is open). */
        public List<ChildOnCase> getOtherChildren() { return otherChildren; }
    }
}
