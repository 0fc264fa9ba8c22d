package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.domain.meetings.ActionStatus;
import org.leadpractitioner.domain.meetings.Attendance;
import org.leadpractitioner.domain.meetings.CirculationMethod;
import org.leadpractitioner.domain.meetings.ReviewCadence;
import org.leadpractitioner.domain.meetings.ReviewDecision;
import org.leadpractitioner.meetings.MeetingInputs;
import org.leadpractitioner.meetings.MeetingService;
import org.leadpractitioner.meetings.MeetingViews.DraftView;
import org.leadpractitioner.meetings.MeetingViews.InviteeView;
import org.leadpractitioner.meetings.MeetingViews.MeetingView;

/**
 * app/meeting.xhtml?id=: one TAF meeting. Its details and invitees (with what happened to their invitation), then,
 * for those who run it: change or cancel it while it is ahead; write up the record once it has begun (attendance,
 * reports, minutes, the Signs of Safety mapping, views, decision, cadence), kept as a draft while typing; agree SMART
 * actions; complete the record; record its circulation; the family's copy as a PDF.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    /** One invitee's attendance as the form edits it. */
    public static final class AttendanceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long inviteeId;
        private final String name;
        private Attendance attendance;
        private String report;
        private Integer scaling;

        AttendanceRow(InviteeView i) {
            this.inviteeId = i.id();
            this.name = i.person().name();
            this.attendance = i.attendance() == Attendance.NOT_RECORDED ? null : i.attendance();
            this.report = i.writtenReport();
            this.scaling = i.scaling();
        }

        public long getInviteeId() { return inviteeId; }
        public String getName() { return name; }
        public Attendance getAttendance() { return attendance; }
        public void setAttendance(Attendance attendance) { this.attendance = attendance; }
        public String getReport() { return report; }
        public void setReport(String report) { this.report = report; }
        public Integer getScaling() { return scaling; }
        public void setScaling(Integer scaling) { this.scaling = scaling; }
    }

    private Long id;
    private MeetingView view;
    private DraftView staleDraft;
    private Instant draftSavedAt;
    // the record
    private List<AttendanceRow> attendance = new ArrayList<>();
    private String minutes;
    private String worries;
    private String workingWell;
    private String needsToHappen;
    private Integer scaling;
    private String familyViews;
    private String childViews;
    private ReviewDecision decision;
    private String decisionNote;
    private String sustainabilityPlan;
    private ReviewCadence cadence = ReviewCadence.SIX_WEEKLY;
    // a new action
    private String actionDescription;
    private String actionMeasure;
    private String actionOwner;
    private LocalDate actionDue;
    // circulation
    private List<Long> circulatedTo = new ArrayList<>();
    private LocalDate circulatedOn;
    private CirculationMethod circulationMethod;
    // cancellation
    private String cancelReason;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            throw new RecordNotFound("Meeting", "(no id)");
        }
        read();
        circulatedOn = SupervisionPage.ukToday();
        DraftView draft = view.canRecord() ? meetings.draft(id) : null;
        if (draft != null) {
            if (draft.stale()) {
                staleDraft = draft;
            } else {
                useDraft(draft);
                Messages.info("Your unsaved notes from " + SupervisionPage.ukMoment(draft.savedAt()) + " are back in the form.");
            }
        }
    }

    private void read() {
        view = meetings.get(id);
        attendance = new ArrayList<>(view.invitees().stream().map(AttendanceRow::new).toList());
        minutes = view.minutes();
        worries = view.worries();
        workingWell = view.workingWell();
        needsToHappen = view.needsToHappen();
        scaling = view.scaling();
        familyViews = view.familyViews();
        childViews = view.childViews();
        decision = view.decision();
        decisionNote = view.decisionNote();
        sustainabilityPlan = view.sustainabilityPlan();
        cadence = view.cadence() == null ? ReviewCadence.SIX_WEEKLY : view.cadence();
    }

    private void useDraft(DraftView d) {
        minutes = d.minutes();
        worries = d.worries();
        workingWell = d.workingWell();
        needsToHappen = d.needsToHappen();
        try {
            scaling = d.scaling() == null || d.scaling().isBlank() ? scaling : Integer.valueOf(d.scaling().strip());
        } catch (NumberFormatException e) {
            // a half-typed number stays what the record says
        }
    }

    /** Keeps what is typed (the text areas call this a moment after typing stops). Never refused. */
    public void autosave() {
        draftSavedAt = meetings.saveDraft(id, new MeetingInputs.Draft(minutes, worries, workingWell, needsToHappen,
                scaling == null ? null : scaling.toString()));
    }

    public void restoreDraft() {
        useDraft(staleDraft);
        staleDraft = null;
        Messages.info("Your earlier notes are back in the form. Check them against the record saved since, then save.");
    }

    public void discardDraft() {
        meetings.discardDraft(id);
        staleDraft = null;
    }

    private MeetingInputs.Outcome outcome() {
        return new MeetingInputs.Outcome(minutes, worries, workingWell, needsToHappen, scaling, familyViews, childViews,
                decision, decisionNote, sustainabilityPlan, cadence, attendance.stream().filter(r -> r.attendance != null)
                        .map(r -> new MeetingInputs.AttendanceInput(r.inviteeId, r.attendance, r.report, r.scaling)).toList());
    }

    public String saveRecord() {
        return change("record", () -> meetings.saveOutcome(id, view.version(), outcome()), "The record is saved.");
    }

    public String completeRecord() {
        return change("record", () -> {
            MeetingView saved = meetings.saveOutcome(id, view.version(), outcome());
            return meetings.complete(id, saved.version(), new MeetingInputs.Complete(null));
        }, "The record is complete. Send it to everyone invited, and the family, within five working days.");
    }

    public String addAction() {
        Long practitionerId = null;
        Long memberId = null;
        if (actionOwner != null && actionOwner.length() > 2) {
            long ownerId = Long.parseLong(actionOwner.substring(2));
            if (actionOwner.startsWith("f:")) {
                memberId = ownerId;
            } else {
                practitionerId = ownerId;
            }
        }
        MeetingInputs.Action input = new MeetingInputs.Action(actionDescription, actionMeasure, practitionerId, memberId,
                actionDue);
        return FormAction.call("action", () -> meetings.addAction(id, input), "owner", "actionOwner", "description",
                "actionDescription", "successMeasure", "actionMeasure", "dueOn", "actionDue").map(a -> {
                    Messages.infoAfterRedirect("The action is added to the plan.");
                    return "/app/meeting.xhtml?faces-redirect=true&id=" + id;
                }).orElse(null);
    }

    public String progress(long actionId, long version, ActionStatus status) {
        return FormAction.call("actions", () -> meetings.progress(actionId, version, new MeetingInputs.Progress(null, status)))
                .map(a -> {
                    Messages.infoAfterRedirect("The action is now: " + a.statusLabel() + ".");
                    return "/app/meeting.xhtml?faces-redirect=true&id=" + id;
                }).orElse(null);
    }

    public String circulate() {
        return change("circulation", () -> meetings.circulate(id, view.version(), new MeetingInputs.Circulation(
                new LinkedHashSet<>(circulatedTo), circulatedOn, circulationMethod)), "The circulation is recorded.",
                "inviteeIds", "circulatedTo", "method", "circulationMethod");
    }

    public String cancel() {
        return change("cancellation", () -> meetings.cancel(id, view.version(), new MeetingInputs.Cancel(cancelReason)),
                "The meeting is cancelled and everyone invited is being told.", "reason", "cancelReason");
    }

    private String change(String formId, Supplier<MeetingView> call, String message, String... aliases) {
        return FormAction.change(formId, call, this::read, aliases).map(m -> {
            Messages.infoAfterRedirect(message);
            return "/app/meeting.xhtml?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    public List<InviteeView> getNotCirculated() {
        return view.invitees().stream().filter(i -> i.circulatedOn() == null).toList();
    }

    public String date(LocalDate day) {
        return SupervisionPage.ukDate(day);
    }

    public String moment(Instant at) {
        return at == null ? "" : SupervisionPage.ukMoment(at);
    }

    public Attendance[] getAttendances() {
        return new Attendance[] {Attendance.ATTENDED, Attendance.APOLOGIES, Attendance.DID_NOT_ATTEND};
    }

    public ReviewDecision[] getDecisions() {
        return ReviewDecision.values();
    }

    public ReviewCadence[] getCadences() {
        return ReviewCadence.values();
    }

    public CirculationMethod[] getMethods() {
        return CirculationMethod.values();
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public LocalDate getToday() {
        return SupervisionPage.ukToday();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingView getView() { return view; }
    public DraftView getStaleDraft() { return staleDraft; }
    public String getDraftSaved() { return draftSavedAt == null ? "" : "Draft kept at " + SupervisionPage.ukMoment(draftSavedAt); }
    public List<AttendanceRow> getAttendance() { return attendance; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getWorries() { return worries; }
    public void setWorries(String worries) { this.worries = worries; }
    public String getWorkingWell() { return workingWell; }
    public void setWorkingWell(String workingWell) { this.workingWell = workingWell; }
    public String getNeedsToHappen() { return needsToHappen; }
    public void setNeedsToHappen(String needsToHappen) { this.needsToHappen = needsToHappen; }
    public Integer getScaling() { return scaling; }
    public void setScaling(Integer scaling) { this.scaling = scaling; }
    public String getFamilyViews() { return familyViews; }
    public void setFamilyViews(String familyViews) { this.familyViews = familyViews; }
    public String getChildViews() { return childViews; }
    public void setChildViews(String childViews) { this.childViews = childViews; }
    public ReviewDecision getDecision() { return decision; }
    public void setDecision(ReviewDecision decision) { this.decision = decision; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String decisionNote) { this.decisionNote = decisionNote; }
    public String getSustainabilityPlan() { return sustainabilityPlan; }
    public void setSustainabilityPlan(String sustainabilityPlan) { this.sustainabilityPlan = sustainabilityPlan; }
    public ReviewCadence getCadence() { return cadence; }
    public void setCadence(ReviewCadence cadence) { this.cadence = cadence; }
    public String getActionDescription() { return actionDescription; }
    public void setActionDescription(String actionDescription) { this.actionDescription = actionDescription; }
    public String getActionMeasure() { return actionMeasure; }
    public void setActionMeasure(String actionMeasure) { this.actionMeasure = actionMeasure; }
    public String getActionOwner() { return actionOwner; }
    public void setActionOwner(String actionOwner) { this.actionOwner = actionOwner; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate actionDue) { this.actionDue = actionDue; }
    public List<Long> getCirculatedTo() { return circulatedTo; }
    public void setCirculatedTo(List<Long> circulatedTo) { this.circulatedTo = circulatedTo; }
    public LocalDate getCirculatedOn() { return circulatedOn; }
    public void setCirculatedOn(LocalDate circulatedOn) { this.circulatedOn = circulatedOn; }
    public CirculationMethod getCirculationMethod() { return circulationMethod; }
    public void setCirculationMethod(CirculationMethod circulationMethod) { this.circulationMethod = circulationMethod; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
