package org.leadpractitioner.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.escalation.Escalation;
import org.leadpractitioner.domain.escalation.EscalationStage;
import org.leadpractitioner.domain.escalation.EscalationStagePolicy;

/** What the escalation pages and API show: never entities. */
public final class EscalationViews {

    /**
     * The route to a safeguarding referral, shown on every escalation page: an escalation never delays one. An
     * authority words it for its own front door with the setting {@code lp.safeguarding.referral-route}.
     */
    public static final String DEFAULT_REFERRAL_ROUTE = "If at any point you think a child is at risk of significant"
            + " harm, do not wait for this escalation: make a safeguarding referral to children's social care now (the"
            + " front door or MASH; out of hours, the emergency duty team; in an emergency, call 999).";

    private EscalationViews() {
    }

    /** A practitioner as an escalation shows them: name and agency. */
    public record Party(long id, String name, String agency) {

        static Party of(Practitioner p) {
            return p == null ? null : new Party(p.getId(), p.displayName(), p.getAgency().getName());
        }

        public String getName() {
            return name;
        }

        public String getAgency() {
            return agency;
        }
    }

    /** One stage record: who responded, by when, what they said and how it ended. */
    public record StageView(int recordNo, int stageNumber, String stageName, Party responder, String participants,
            Instant startedAt, LocalDate dueOn, Instant deadlineAt, String deadline, String reopenReason, String response,
            Instant respondedAt, String outcome, String outcomeLabel, String outcomeNote, Party resolvedLead,
            Instant outcomeAt, Instant overdueAt, Instant endedAt, String endKind, String endReason) {

        static StageView of(EscalationStage s) {
            return new StageView(s.getRecordNo(), s.getStageNumber(), s.getStageName(), Party.of(s.getResponder()),
                    s.getParticipants(), s.getStartedAt(), s.getDueOn(), s.getDeadlineAt(), s.deadline().describe(),
                    s.getReopenReason(), s.getResponse(), s.getRespondedAt(),
                    s.getOutcome() == null ? null : s.getOutcome().name(),
                    s.getOutcome() == null ? null : s.getOutcome().label(), s.getOutcomeNote(),
                    Party.of(s.getResolvedLead()), s.getOutcomeAt(), s.getOverdueAt(), s.getEndedAt(),
                    s.getEndKind() == null ? null : s.getEndKind().name(), s.getEndReason());
        }

        public int getStageNumber() {
            return stageNumber;
        }

        public String getStageName() {
            return stageName;
        }

        public Party getResponder() {
            return responder;
        }

        public String getParticipants() {
            return participants;
        }

        public String getDeadline() {
            return deadline;
        }

        public String getResponse() {
            return response;
        }

        public String getOutcomeLabel() {
            return outcomeLabel;
        }

        public String getOutcomeNote() {
            return outcomeNote;
        }

        public boolean isOverdue() {
            return overdueAt != null;
        }

        public String getEndReason() {
            return endReason;
        }

        public String getReopenReason() {
            return reopenReason;
        }
    }

    /** What the caller may do with the escalation now (the service enforces the same rules). */
    public record Allowed(boolean respond, boolean recordOutcome, boolean moveUp, boolean withdraw, boolean reopen) {

        public boolean isRespond() {
            return respond;
        }

        public boolean isRecordOutcome() {
            return recordOutcome;
        }

        public boolean isMoveUp() {
            return moveUp;
        }

        public boolean isWithdraw() {
            return withdraw;
        }

        public boolean isReopen() {
            return reopen;
        }
    }

    /** How the lead-practitioner workflow was started by a resolution naming a lead. */
    public record LeadHandOff(String kind, long id, List<Long> childIds) {
    }

    /** An escalation, whole. */
    public record EscalationView(long id, long version, long caseId, String caseReference, String familyName,
            String category, String categoryLabel, String urgency, String urgencyLabel, String status, String statusLabel,
            Party raisedBy, Party raisedWith, String concern, String desiredOutcome, int currentStage,
            String currentStageName, Instant raisedAt, Instant closedAt, String outcomeSummary, Party resolvedLead,
            String withdrawalReason, boolean overdue, boolean moveUpPrompted, Integer nextStage, String nextStageName,
            boolean nextStageNeedsReason, List<StageView> stages, Allowed allowed, String referralRoute,
            List<LeadHandOff> leadHandOff) {

        static EscalationView of(Escalation e, List<StageView> stages, boolean overdue, boolean moveUpPrompted,
                EscalationStagePolicy next, boolean nextNeedsReason, Allowed allowed, String route,
                List<LeadHandOff> handOff) {
            return new EscalationView(e.getId(), e.getVersion(), e.getEarlyHelpCase().getId(),
                    e.getEarlyHelpCase().getReference(), e.getEarlyHelpCase().getFamily().getFamilyName(),
                    e.getCategory().name(), e.getCategory().label(), e.getUrgency().name(), e.getUrgency().label(),
                    e.getStatus().name(), e.getStatus().label(), Party.of(e.getRaisedBy()), Party.of(e.getRaisedWith()),
                    e.getConcern(), e.getDesiredOutcome(), e.getCurrentStage(), e.getCurrentStageRecord().getStageName(),
                    e.getRaisedAt(), e.getClosedAt(), e.getOutcomeSummary(), Party.of(e.getResolvedLead()),
                    e.getWithdrawalReason(), overdue, moveUpPrompted, next == null ? null : next.getStageNumber(),
                    next == null ? null : next.getName(), nextNeedsReason, stages, allowed, route, handOff);
        }

        public long getId() {
            return id;
        }

        public long getCaseId() {
            return caseId;
        }

        public String getCaseReference() {
            return caseReference;
        }

        public String getFamilyName() {
            return familyName;
        }

        public String getCategoryLabel() {
            return categoryLabel;
        }

        public String getUrgencyLabel() {
            return urgencyLabel;
        }

        public String getStatus() {
            return status;
        }

        public String getStatusLabel() {
            return statusLabel;
        }

        public Party getRaisedBy() {
            return raisedBy;
        }

        public Party getRaisedWith() {
            return raisedWith;
        }

        public String getConcern() {
            return concern;
        }

        public String getDesiredOutcome() {
            return desiredOutcome;
        }

        public int getCurrentStage() {
            return currentStage;
        }

        public String getCurrentStageName() {
            return currentStageName;
        }

        public String getOutcomeSummary() {
            return outcomeSummary;
        }

        public Party getResolvedLead() {
            return resolvedLead;
        }

        public String getWithdrawalReason() {
            return withdrawalReason;
        }

        public boolean isOverdue() {
            return overdue;
        }

        public boolean isMoveUpPrompted() {
            return moveUpPrompted;
        }

        public Integer getNextStage() {
            return nextStage;
        }

        public String getNextStageName() {
            return nextStageName;
        }

        public boolean isNextStageNeedsReason() {
            return nextStageNeedsReason;
        }

        public List<StageView> getStages() {
            return stages;
        }

        public Allowed getAllowed() {
            return allowed;
        }

        public String getReferralRoute() {
            return referralRoute;
        }

        public boolean isOpen() {
            return "OPEN".equals(status);
        }

        public boolean isWhoShouldLead() {
            return "WHO_SHOULD_LEAD".equals(category);
        }
    }

    /** An escalation in a list: its case, parties, current stage and deadline. */
    public record EscalationSummary(long id, long caseId, String caseReference, String familyName, String categoryLabel,
            String status, String statusLabel, String urgencyLabel, int currentStage, String stageName, Party raisedBy,
            Party raisedWith, Party responder, Instant deadlineAt, String deadline, boolean overdue, Instant raisedAt) {

        public long getId() {
            return id;
        }

        public String getCaseReference() {
            return caseReference;
        }

        public String getFamilyName() {
            return familyName;
        }

        public String getCategoryLabel() {
            return categoryLabel;
        }

        public String getStatusLabel() {
            return statusLabel;
        }

        public String getUrgencyLabel() {
            return urgencyLabel;
        }

        public int getCurrentStage() {
            return currentStage;
        }

        public String getStageName() {
            return stageName;
        }

        public Party getRaisedBy() {
            return raisedBy;
        }

        public Party getRaisedWith() {
            return raisedWith;
        }

        public Party getResponder() {
            return responder;
        }

        public String getDeadline() {
            return deadline;
        }

        public boolean isOverdue() {
            return overdue;
        }

        public boolean isOpen() {
            return "OPEN".equals(status);
        }
    }

    /** One stage of the authority's policy. */
    public record StagePolicyView(long id, long version, int stageNumber, String name, String description,
            int responseWorkingDays, int urgentResponseHours, boolean notifiesBusinessManager, String onOverdue,
            String onOverdueLabel) {

        static StagePolicyView of(EscalationStagePolicy p) {
            return new StagePolicyView(p.getId(), p.getVersion(), p.getStageNumber(), p.getName(), p.getDescription(),
                    p.getResponseWorkingDays(), p.getUrgentResponseHours(), p.isNotifiesBusinessManager(),
                    p.getOnOverdue().name(), p.getOnOverdue().label());
        }

        public long getId() {
            return id;
        }

        public int getStageNumber() {
            return stageNumber;
        }

        public String getName() {
            return name;
        }

        public String getDescription() {
            return description;
        }

        public int getResponseWorkingDays() {
            return responseWorkingDays;
        }

        public int getUrgentResponseHours() {
            return urgentResponseHours;
        }

        public boolean isNotifiesBusinessManager() {
            return notifiesBusinessManager;
        }

        public String getOnOverdueLabel() {
            return onOverdueLabel;
        }
    }

    /** Open escalations and overdue stages at one stage, or for one agency. */
    public record Count(String key, String label, long open, long overdue) {

        public String getLabel() {
            return label;
        }

        public long getOpen() {
            return open;
        }

        public long getOverdue() {
            return overdue;
        }
    }

    /** The coordinator's oversight: open by stage, by agency, and how long resolution takes. */
    public record Oversight(List<Count> byStage, List<Count> byRaisingAgency, List<Count> byReceivingAgency,
            long resolvedLastYear, Double medianDaysToResolution, Long longestDaysToResolution) {

        public List<Count> getByStage() {
            return byStage;
        }

        public List<Count> getByRaisingAgency() {
            return byRaisingAgency;
        }

        public List<Count> getByReceivingAgency() {
            return byReceivingAgency;
        }

        public long getResolvedLastYear() {
            return resolvedLastYear;
        }

        public Double getMedianDaysToResolution() {
            return medianDaysToResolution;
        }

        public Long getLongestDaysToResolution() {
            return longestDaysToResolution;
        }
    }
}
