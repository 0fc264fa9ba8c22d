package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.leadpractitioner.assignment.AppointmentInputs;
import org.leadpractitioner.assignment.AppointmentService;
import org.leadpractitioner.assignment.AppointmentViews.AppointmentView;
import org.leadpractitioner.assignment.AppointmentViews.CheckResult;
import org.leadpractitioner.assignment.AppointmentViews.ChildLead;
import org.leadpractitioner.assignment.HandoverInputs;
import org.leadpractitioner.assignment.HandoverService;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.people.PractitionerView;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.assignment.HandoverMeeting;
import org.leadpractitioner.domain.assignment.HandoverReason;

/**
 * app/handover-plan.xhtml?case=&amp;appointment=: plan a handover of the lead role from the lead whose appointment
 * it is (the handover wizard of issue 3): which of their children, to whom, from when, why, and the meeting that
 * agreed it. "Check the rules" shows what the statutory rules say about the incoming lead before anything is saved.
 * Once planned, the incoming lead goes through the appointment workflow; until the handover takes effect the
 * outgoing lead stays the lead.
 */
@Named
@ViewScoped
public class HandoverPlanPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rule fields (the domain's and the boundary's names) and the form's inputs they concern. */
    private static final String[] ALIASES = {"practitioner", "practitionerId", "children", "childIds", "contingency",
        "contingencyId", "effectiveFrom", "effectiveDate", "tafDate", "meetingDate"};

    @Inject
    AppointmentService appointments;

    @Inject
    HandoverService handovers;

    private Long caseId;
    private Long appointmentId;
    private AppointmentView outgoing;
    private List<ChildLead> ledNow = List.of();

    private Long[] childIds = new Long[0];
    private PractitionerView practitioner;
    private PractitionerView contingency;
    private Designation designation = Designation.FAMILY_HELP_LEAD_PRACTITIONER;
    private LocalDate effectiveDate;
    private HandoverReason reason;
    private String reasonDetail;
    private HandoverMeeting meeting;
    private LocalDate meetingDate;
    private String meetingNote;
    private String justification;
    private String severalLeadsReason;
    private CheckResult check;

    /** f:viewAction: who leads now, for which children (all of them handed over unless the user unticks some). */
    public void load() {
        if (caseId == null) {
            throw new RecordNotFound("Case", "(no id)");
        }
        if (appointmentId == null) {
            throw new RecordNotFound("Appointment", "(no id)");
        }
        outgoing = appointments.get(appointmentId);
        if (outgoing.caseId() != caseId) {
            throw new RecordNotFound("Appointment", appointmentId);
        }
        ledNow = appointments.panel(caseId).children().stream()
                .filter(l -> appointmentId.equals(l.appointmentId())).toList();
        childIds = ledNow.stream().map(ChildLead::childId).toArray(Long[]::new);
        designation = outgoing.designation();
    }

    /** The dry run: the rules' findings for the incoming lead and these children, nothing saved. */
    public void checkRules() {
        check = FormAction.call("handover", () -> appointments.check(caseId, new AppointmentInputs.Check(
                practitioner == null ? null : practitioner.getId(), children(), designation)), ALIASES).orElse(null);
    }

    public String plan() {
        return FormAction.call("handover", () -> handovers.plan(caseId, new HandoverInputs.Plan(appointmentId, children(),
                        practitioner == null ? null : practitioner.getId(), designation,
                        contingency == null ? null : contingency.getId(), effectiveDate, reason, reasonDetail, meeting,
                        meetingDate, meetingNote, justification, severalLeadsReason)), ALIASES)
                .map(h -> {
                    Messages.infoAfterRedirect("The handover from " + h.outgoing().name() + " to " + h.incoming().name()
                            + " is planned. " + h.nextStep());
                    return "/app/handover.xhtml?faces-redirect=true&id=" + h.id();
                }).orElseGet(() -> {
                    checkRules(); // show why, next to the form
                    return null;
                });
    }

    private Set<Long> children() {
        return new LinkedHashSet<>(Arrays.asList(childIds));
    }

    public Designation[] getDesignations() {
        return Designation.values();
    }

    public HandoverReason[] getReasons() {
        return HandoverReason.values();
    }

    public HandoverMeeting[] getMeetings() {
        return HandoverMeeting.values();
    }

    public LocalDate getToday() {
        return SupervisionPage.ukToday();
    }

    /** A day as the page shows it (12 Mar 2026). */
    public String date(LocalDate day) {
        return SupervisionPage.ukDate(day);
    }

    /** The children the outgoing lead leads for today, through this appointment: those that can be handed over. */
    public List<ChildLead> getLedNow() {
        return ledNow;
    }

    public AppointmentView getOutgoing() {
        return outgoing;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public void setAppointmentId(Long appointmentId) {
        this.appointmentId = appointmentId;
    }

    public Long[] getChildIds() {
        return childIds;
    }

    public void setChildIds(Long[] childIds) {
        this.childIds = childIds == null ? new Long[0] : childIds;
    }

    public PractitionerView getPractitioner() {
        return practitioner;
    }

    public void setPractitioner(PractitionerView practitioner) {
        this.practitioner = practitioner;
    }

    public PractitionerView getContingency() {
        return contingency;
    }

    public void setContingency(PractitionerView contingency) {
        this.contingency = contingency;
    }

    public Designation getDesignation() {
        return designation;
    }

    public void setDesignation(Designation designation) {
        this.designation = designation;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public HandoverReason getReason() {
        return reason;
    }

    public void setReason(HandoverReason reason) {
        this.reason = reason;
    }

    public String getReasonDetail() {
        return reasonDetail;
    }

    public void setReasonDetail(String reasonDetail) {
        this.reasonDetail = reasonDetail;
    }

    public HandoverMeeting getMeeting() {
        return meeting;
    }

    public void setMeeting(HandoverMeeting meeting) {
        this.meeting = meeting;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMeetingNote() {
        return meetingNote;
    }

    public void setMeetingNote(String meetingNote) {
        this.meetingNote = meetingNote;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getSeveralLeadsReason() {
        return severalLeadsReason;
    }

    public void setSeveralLeadsReason(String severalLeadsReason) {
        this.severalLeadsReason = severalLeadsReason;
    }

    public CheckResult getCheck() {
        return check;
    }
}
