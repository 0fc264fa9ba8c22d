package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.leadpractitioner.assignment.AppointmentService;
import org.leadpractitioner.assignment.AppointmentViews.ChildLead;
import org.leadpractitioner.assignment.AppointmentViews.HandoverView;
import org.leadpractitioner.assignment.AppointmentViews.LeadPanel;
import org.leadpractitioner.assignment.HandoverService;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.cases.CaseInputs;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.cases.CaseViews.CaseView;
import org.leadpractitioner.core.cases.CaseViews.ChildOnCase;
import org.leadpractitioner.core.families.FamilyService;
import org.leadpractitioner.core.families.FamilyViews.MemberView;
import org.leadpractitioner.core.people.PractitionerView;
import org.leadpractitioner.core.reference.NeedLevelView;
import org.leadpractitioner.core.reference.ReferenceDataService;
import org.leadpractitioner.domain.core.ClosureReason;
import org.leadpractitioner.domain.core.ConsentDecision;
import org.leadpractitioner.training.SupervisionService;
import org.leadpractitioner.training.SupervisionViews.CaseNoteView;

/**
 * app/case.xhtml?id=: a case's summary, its lead practitioners (per child, with drift and rule flags, a link to plan a
 * handover from each lead in force, and the case's handovers), the people
 * involved, the consent history and the decisions made about it in supervision; for an open case the
 * actions: involve a practitioner, change the level of need, and the three that end the case (withdraw
 * consent, step up, close), each confirmed on a second screen before it is recorded.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A lead in force, once per appointment (it may lead for several children), for its "Plan a handover" link. */
    public record LeadInForce(long appointmentId, String leadName, String children) implements Serializable {
    }

    /** The actions that end the case, which wait for the user's confirmation. */
    public enum Ending {
        WITHDRAW, STEP_UP, CLOSE
    }

    @Inject
    CaseService cases;

    @Inject
    FamilyService families;

    @Inject
    ReferenceDataService reference;

    @Inject
    AppointmentService appointments;

    @Inject
    SupervisionService supervision;

    @Inject
    HandoverService handoverService;

    @Inject
    org.leadpractitioner.meetings.MeetingService meetingService;

    private org.leadpractitioner.meetings.MeetingViews.CasePlan meetings;

    private LeadPanel leads;
    private List<LeadInForce> leadsInForce;
    private List<HandoverView> handovers;
    private PagedModel<CaseNoteView> supervisionNotes;

    private Long id;
    private CaseView view;
    private List<NeedLevelView> needLevels;

    private PractitionerView practitioner;
    private String needLevelCode;

    private List<MemberView> familyMembers;
    private Long withdrawnBy;
    private LocalDate withdrawnOn;
    private String withdrawalNote;

    private LocalDate steppedUpOn;
    private String stepUpReason;

    private ClosureReason closureReason;
    private LocalDate closedOn;
    private String closureNote;

    private Ending confirming;

    private Long joiningChildId;
    private ChildOnCase leaving;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            throw new RecordNotFound("Case", "(no id)");
        }
        view = cases.get(id);
        leads = appointments.panel(id);
        leadsInForce = leadsInForce(leads);
        handovers = handoverService.forCase(id);
        meetings = meetingService.forCase(id);
        long caseId = id;
        supervisionNotes = new PagedModel<>((offset, limit) -> supervision.caseNotes(caseId, offset, limit), CaseNoteView::id);
        if (view.isOpen()) {
            needLevels = reference.needLevels().stream().filter(NeedLevelView::leadPractitionerApplies).toList();
            needLevelCode = view.needLevelCode();
            LocalDate today = SupervisionPage.ukToday();
            withdrawnOn = today;
            steppedUpOn = today;
            closedOn = today;
        }
    }

    public String involve() {
        return change("involve", () -> cases.addPractitioner(id, view.version(), new CaseInputs.AddPractitioner(practitioner.getId())),
                practitioner.getDisplayName() + " is now involved in the case and can see it.",
                "practitioner", "practitionerId");
    }

    public String changeLevel() {
        return change("level", () -> cases.changeNeedLevel(id, view.version(), needLevelCode),
                "The level of need is changed.", "needLevel", "needLevelCode");
    }

    public String addChild() {
        return change("joining", () -> cases.addChild(id, view.version(), new CaseInputs.AddChild(joiningChildId)),
                "The child is added to the case. Agree their lead practitioner next.");
    }

    /** A child's "Remove from the case" button: asks for confirmation first. */
    public void startRemoving(ChildOnCase child) {
        leaving = child;
    }

    public void cancelRemoving() {
        leaving = null;
    }

    public String removeChild() {
        ChildOnCase child = leaving;
        leaving = null;
        return change("leaving", () -> cases.removeChild(id, view.version(), child.id()),
                child.displayName() + " is no longer on the case.");
    }

    /** Shows the withdrawal form, with the family's members to choose from. */
    public void startWithdrawing() {
        familyMembers = families.family(view.familyId()).members();
    }

    public void cancelWithdrawing() {
        familyMembers = null;
        confirming = null;
    }

    /** The first step of an ending: the form is valid, so ask for confirmation. */
    public void requestWithdraw() {
        confirming = Ending.WITHDRAW;
    }

    public void requestStepUp() {
        confirming = Ending.STEP_UP;
    }

    public void requestClose() {
        confirming = Ending.CLOSE;
    }

    public void cancelConfirmation() {
        confirming = null;
    }

    /** The second step: records the ending the user confirmed. */
    public String confirm() {
        Ending ending = confirming;
        confirming = null; // whatever happens next, the form (with any message) is shown again
        if (ending == null) {
            return null;
        }
        return switch (ending) {
            case WITHDRAW -> change("withdraw", () -> cases.withdrawConsent(id, view.version(),
                            new CaseInputs.WithdrawConsent(withdrawnBy, withdrawnOn, withdrawalNote)),
                    "The withdrawal of consent is recorded and the case is closed. Information is no longer shared.",
                    "consentGivenBy", "memberId", "consentDecidedOn", "withdrawnOn", "closureNote", "note");
            case STEP_UP -> change("stepup", () -> cases.stepUp(id, view.version(), new CaseInputs.StepUp(steppedUpOn, stepUpReason)),
                    "The case is stepped up to children's social care.",
                    "on", "steppedUpOn", "reason", "stepUpReason");
            case CLOSE -> change("close", () -> cases.close(id, view.version(), new CaseInputs.Close(closureReason, closedOn, closureNote)),
                    "The case is closed.",
                    "reason", "closureReason", "on", "closedOn", "note", "closureNote");
        };
    }

    private String change(String formId, Supplier<CaseView> call, String message, String... aliases) {
        return FormAction.change(formId, call, () -> view = cases.get(id), aliases).map(c -> {
            Messages.infoAfterRedirect(message);
            return "/app/case.xhtml?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    /** Who leads for each child, what needs attention, what is pending, and the history. */
    public LeadPanel getLeads() {
        return leads;
    }

    /** The leads in force, each once, with the children they lead for: those a handover can be planned from. */
    public List<LeadInForce> getLeadsInForce() {
        return leadsInForce;
    }

    /** The case's handovers of the lead role, newest first. */
    /** The case's TAF meetings and its plan's review clock. */
    public org.leadpractitioner.meetings.MeetingViews.CasePlan getMeetings() {
        return meetings;
    }

    public String meetingWhen(org.leadpractitioner.meetings.MeetingViews.CalendarEntry e) {
        return SupervisionPage.ukDate(e.starts().toLocalDate()) + " at " + e.starts().toLocalTime();
    }

    public List<HandoverView> getHandovers() {
        return handovers;
    }

    private static List<LeadInForce> leadsInForce(LeadPanel panel) {
        Map<Long, List<ChildLead>> byAppointment = new LinkedHashMap<>();
        for (ChildLead l : panel.children()) {
            if (l.appointmentId() != null) {
                byAppointment.computeIfAbsent(l.appointmentId(), k -> new ArrayList<>()).add(l);
            }
        }
        return byAppointment.entrySet().stream().map(e -> new LeadInForce(e.getKey(), e.getValue().get(0).leadName(),
                joined(e.getValue().stream().map(ChildLead::childName).toList()))).toList();
    }

    /** Amy; Amy and Ben; Amy, Ben and Cal. */
    private static String joined(List<String> names) {
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Decisions made about the case in supervision, newest first, a page at a time (every one can be reached). */
    public PagedModel<CaseNoteView> getSupervisionNotes() {
        return supervisionNotes;
    }

    /** A day as the page shows it (12 Mar 2026). */
    public String date(LocalDate day) {
        return SupervisionPage.ukDate(day);
    }

    /** A moment as the page shows it (12 Mar 2026 at 14:05). */
    public String moment(Instant at) {
        return SupervisionPage.ukMoment(at);
    }

    /** The agencies the family's consent (the latest given) lets the network share information with. */
    public List<String> getSharingAgencies() {
        return view.consents().stream().filter(c -> c.decision() == ConsentDecision.GIVEN)
                .reduce((first, second) -> second).map(c -> c.sharingAgencies()).orElse(List.of());
    }

    public Long getJoiningChildId() {
        return joiningChildId;
    }

    public void setJoiningChildId(Long joiningChildId) {
        this.joiningChildId = joiningChildId;
    }

    public ChildOnCase getLeaving() {
        return leaving;
    }

    public LocalDate getToday() {
        return SupervisionPage.ukToday();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseView getView() {
        return view;
    }

    public List<NeedLevelView> getNeedLevels() {
        return needLevels;
    }

    public PractitionerView getPractitioner() {
        return practitioner;
    }

    public void setPractitioner(PractitionerView practitioner) {
        this.practitioner = practitioner;
    }

    public String getNeedLevelCode() {
        return needLevelCode;
    }

    public void setNeedLevelCode(String needLevelCode) {
        this.needLevelCode = needLevelCode;
    }

    public List<MemberView> getFamilyMembers() {
        return familyMembers;
    }

    public boolean isWithdrawing() {
        return familyMembers != null;
    }

    public Long getWithdrawnBy() {
        return withdrawnBy;
    }

    public void setWithdrawnBy(Long withdrawnBy) {
        this.withdrawnBy = withdrawnBy;
    }

    public String getWithdrawnByName() {
        return familyMembers == null ? "" : familyMembers.stream().filter(m -> m.id() == (withdrawnBy == null ? -1 : withdrawnBy))
                .map(MemberView::displayName).findFirst().orElse("");
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }

    public void setWithdrawalNote(String withdrawalNote) {
        this.withdrawalNote = withdrawalNote;
    }

    public LocalDate getSteppedUpOn() {
        return steppedUpOn;
    }

    public void setSteppedUpOn(LocalDate steppedUpOn) {
        this.steppedUpOn = steppedUpOn;
    }

    public String getStepUpReason() {
        return stepUpReason;
    }

    public void setStepUpReason(String stepUpReason) {
        this.stepUpReason = stepUpReason;
    }

    public ClosureReason getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(ClosureReason closureReason) {
        this.closureReason = closureReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public void setClosureNote(String closureNote) {
        this.closureNote = closureNote;
    }

    public Ending getConfirming() {
        return confirming;
    }
}
