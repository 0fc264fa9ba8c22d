package org.leadpractitioner.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.leadpractitioner.core.infrastructure.ClockProducer;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.domain.training.SupervisionType;
import org.leadpractitioner.training.SupervisionInputs.NewSession;
import org.leadpractitioner.training.SupervisionService;
import org.leadpractitioner.training.SupervisionViews.Drift;
import org.leadpractitioner.training.SupervisionViews.SessionSummary;
import org.leadpractitioner.training.SupervisionViews.TeamMember;

/**
 * app/supervision.xhtml, the supervisor's workspace: their team (when supervision is due for each, under the policy
 * that applies), what is drifting (overdue supervision, records not signed, actions past their date), planning or
 * writing up a session, the sessions they supervise; and, for every practitioner, the records waiting for their
 * response and their own supervision records.
 */
@Named
@ViewScoped
public class SupervisionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    SupervisionService supervision;

    @Inject
    CallerService callers;

    private boolean practitioner;
    private List<TeamMember> team;
    private Drift drift;
    private List<SessionSummary> awaiting;
    private PagedModel<SessionSummary> supervising;
    private PagedModel<SessionSummary> mine;

    private Long superviseeId;
    private SupervisionType type;
    private LocalDate scheduledFor;
    private LocalTime scheduledTime;
    private LocalDate heldOn;

    /** f:viewAction: a sign-in without a practitioner record (or an administrator's) has no supervision. */
    public void load() {
        Long me = isCaseworker() ? callers.current().practitionerId() : null;
        practitioner = me != null;
        if (!practitioner) {
            return;
        }
        team = supervision.team();
        drift = supervision.drift();
        awaiting = supervision.awaitingMyResponse();
        supervising = new PagedModel<>(supervision::supervising, SessionSummary::id);
        mine = new PagedModel<>((offset, limit) -> supervision.history(me, offset, limit), SessionSummary::id);
    }

    /** "Schedule the session": a session planned for a date (and perhaps a time). */
    public String schedule() {
        return FormAction.call("plan", () -> supervision.create(new NewSession(superviseeId, type, scheduledFor, scheduledTime,
                        null)), "supervisee", "superviseeId")
                .map(s -> {
                    Messages.infoAfterRedirect("The " + s.typeLabel().toLowerCase(Locale.UK) + " session with "
                            + s.supervisee().name() + " is scheduled for " + date(s.scheduledFor())
                            + (s.scheduledTime() == null ? "" : " at " + CLOCK.format(s.scheduledTime())) + ".");
                    return "/app/supervision.xhtml?faces-redirect=true";
                }).orElse(null);
    }

    /** "Start recording": a session that took place, written up on its own page. */
    public String startRecording() {
        return FormAction.call("plan", () -> supervision.create(new NewSession(superviseeId, type, null, null, heldOn)),
                        "supervisee", "superviseeId")
                .map(s -> {
                    Messages.infoAfterRedirect("The record of the session with " + s.supervisee().name()
                            + " is started. It is saved as you type.");
                    return "/app/supervision-session.xhtml?faces-redirect=true&id=" + s.id();
                }).orElse(null);
    }

    public boolean isCaseworker() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("PRACTITIONER") || external.isUserInRole("SUPERVISOR")
                || external.isUserInRole("COORDINATOR");
    }

    /** Whether the caller supervises anyone now, or is a supervisor by role (who may have past sessions). */
    public boolean isSupervisor() {
        return team != null && !team.isEmpty()
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SUPERVISOR");
    }

    public boolean isDriftShown() {
        return drift != null && (!team.isEmpty() || !drift.overdueSupervision().isEmpty() || !drift.unsigned().isEmpty()
                || !drift.overdueActions().isEmpty());
    }

    public boolean isNothingDrifting() {
        return drift == null || drift.overdueSupervision().isEmpty() && drift.unsigned().isEmpty()
                && drift.overdueActions().isEmpty();
    }

    // ---- wording shared by the training and supervision pages

    /** A day as the pages show it: 12 Mar 2026 (empty for none). */
    public String date(LocalDate day) {
        return ukDate(day);
    }

    /** The day a session took place, or is planned for. */
    public String sessionDate(SessionSummary s) {
        return ukDate(s.heldOn() != null ? s.heldOn() : s.scheduledFor());
    }

    public String daysOverdue(TeamMember t) {
        return "Overdue by " + t.daysOverdue() + (t.daysOverdue() == 1 ? " day" : " days");
    }

    static String ukDate(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A moment on the UK clock (the authorities' time zone, whatever the server's): 12 Mar 2026 at 14:05. */
    static String ukMoment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(ClockProducer.LONDON));
    }

    /** The time of a moment on the UK clock: 14:05. */
    static String ukClock(Instant at) {
        return at == null ? "" : CLOCK.format(at.atZone(ClockProducer.LONDON));
    }

    /** Today in the UK (the day the services use too), whatever the server's time zone. */
    static LocalDate ukToday() {
        return LocalDate.now(ClockProducer.LONDON);
    }

    static String ukTime(LocalTime time) {
        return time == null ? "" : CLOCK.format(time);
    }

    // ---- properties

    public SupervisionType[] getTypes() {
        return SupervisionType.values();
    }

    public boolean isPractitioner() {
        return practitioner;
    }

    public List<TeamMember> getTeam() {
        return team;
    }

    public Drift getDrift() {
        return drift;
    }

    public List<SessionSummary> getAwaiting() {
        return awaiting;
    }

    public PagedModel<SessionSummary> getSupervising() {
        return supervising;
    }

    public PagedModel<SessionSummary> getMine() {
        return mine;
    }

    public Long getSuperviseeId() {
        return superviseeId;
    }

    public void setSuperviseeId(Long superviseeId) {
        this.superviseeId = superviseeId;
    }

    public SupervisionType getType() {
        return type;
    }

    public void setType(SupervisionType type) {
        this.type = type;
    }

    public LocalDate getScheduledFor() {
        return scheduledFor;
    }

    public void setScheduledFor(LocalDate scheduledFor) {
        this.scheduledFor = scheduledFor;
    }

    public LocalTime getScheduledTime() {
        return scheduledTime;
    }

    public void setScheduledTime(LocalTime scheduledTime) {
        this.scheduledTime = scheduledTime;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }
}
