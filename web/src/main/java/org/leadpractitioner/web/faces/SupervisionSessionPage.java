package org.leadpractitioner.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.training.SupervisionActionStatus;
import org.leadpractitioner.domain.training.SupervisionStatus;
import org.leadpractitioner.domain.training.SupervisionType;
import org.leadpractitioner.training.CatalogueService;
import org.leadpractitioner.training.SupervisionInputs.Action;
import org.leadpractitioner.training.SupervisionInputs.ActionDone;
import org.leadpractitioner.training.SupervisionInputs.Cancellation;
import org.leadpractitioner.training.SupervisionInputs.Content;
import org.leadpractitioner.training.SupervisionInputs.Discussion;
import org.leadpractitioner.training.SupervisionInputs.Need;
import org.leadpractitioner.training.SupervisionInputs.Reschedule;
import org.leadpractitioner.training.SupervisionInputs.Response;
import org.leadpractitioner.training.SupervisionService;
import org.leadpractitioner.training.SupervisionViews.ActionView;
import org.leadpractitioner.training.SupervisionViews.CaseOption;
import org.leadpractitioner.training.SupervisionViews.DiscussionView;
import org.leadpractitioner.training.SupervisionViews.NeedItem;
import org.leadpractitioner.training.SupervisionViews.SessionView;
import org.leadpractitioner.training.TrainingViews.CourseView;
import org.primefaces.PrimeFaces;

/**
 * app/supervision-session.xhtml?id=: one supervision record. Its supervisor records it — the body is saved as a
 * draft while it is typed (on every change and every 30 seconds while typing goes on), so that a time-out never
 * loses it — with the cases discussed, the actions agreed and the training needs identified, then signs it; the
 * supervisee then confirms it or records their disagreement. Everyone who may read it (the supervisee's management
 * line) sees it read-only.
 *
 * <p>Every change names the record's latest version, and every request of the page is an ajax request, which
 * PrimeFaces queues: a draft being saved and a button pressed never race, and a button that changes the record
 * first saves what was typed in the record (or stops there, with the problem shown next to its field).
 *
 * <p>When someone else saved the record first (another tab, another device), the page never sends what it holds
 * over their version: it stops saving (the autosave included) and offers only to reload the record, what was typed
 * staying in the form to be copied. Signing and the supervisee's response are confirmed on a second step, as they
 * cannot be undone.
 */
@Named
@ViewScoped
public class SupervisionSessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The record's form, whose fields the rules name. */
    static final String RECORD = "record";
    /** The layout's feedback area (error summary and notices). */
    private static final String FEEDBACK = "lp-feedback";
    /** What the page says when someone else saved the record first. */
    static final String CONFLICT = "Someone else saved this record since you opened it. Your typing is still in the form:"
            + " copy anything you need, then reload the page to see their version.";
    /**
     * What a conflict changes on the page: the live status, and every button that would change the record (each gives
     * way to the reload). Never a form's fields: what was typed there and not sent would be lost. Those not rendered
     * for the caller are left out.
     */
    private static final String[] CONFLICT_AREAS = {"record:draftStatus", "record:recordButtons", "discussions", "addCase:caseButtons",
        "actions", "action:actionButtons", "needs", "need:needButtons", "sign", "move:moveButtons", "cancel:cancelButtons"};

    /** The supervisee's response waiting for their confirmation. */
    public enum Responding {
        CONFIRM, DISPUTE
    }

    @Inject
    SupervisionService supervision;

    @Inject
    CatalogueService catalogue;

    @Inject
    CallerService callers;

    private Long id;
    private SessionView view;
    private Long me;
    private List<CaseOption> caseOptions;
    private List<CourseView> courses;

    // the body of the record, saved while it is typed
    private SupervisionType type;
    private LocalDate heldOn;
    private Integer durationMinutes;
    private String attendees;
    private String workload;
    private String interAgency;
    private String wellbeing;
    /** What the record holds as far as this page knows: the content last saved (or read). */
    private Content saved;
    private String draftStatus;
    /** Someone else saved the record first: nothing is saved any more until the record is reloaded. */
    private boolean conflict;
    /** "Sign the supervision record" was pressed: waiting for the confirmation. */
    private boolean signing;

    // a case discussed (added, or one already in the record being changed)
    private Long changingId;
    private Long changingCaseId;
    private String changingReference;
    private Long caseId;
    private String discussion;
    private String reflection;
    private String risk;
    private String decision;
    private String actions;

    // an action agreed
    private String actionDescription;
    private Long ownerId;
    private LocalDate dueOn;

    // a training need
    private String needDescription;
    private Long courseId;

    // the supervisee's response, a cancellation
    private Responding responding;
    private String comment;
    private String reason;

    // a scheduled session moved to another day or time
    private LocalDate newDate;
    private LocalTime newTime;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            throw new RecordNotFound("Supervision session", "(no id)");
        }
        view = supervision.get(id);
        me = callers.current().practitionerId();
        if (view.callerMayRecord()) {
            type = view.type();
            heldOn = view.heldOn();
            durationMinutes = view.durationMinutes();
            attendees = view.attendees();
            workload = view.workload();
            interAgency = view.interAgency();
            wellbeing = view.wellbeing();
            saved = content();
            if (heldOn == null && view.scheduledFor() != null && !view.scheduledFor().isAfter(SupervisionPage.ukToday())) {
                heldOn = view.scheduledFor(); // the planned day is the likeliest; saving it starts the record
            }
            caseOptions = supervision.caseOptions(id);
            courses = catalogue.courses(false);
            draftStatus = view.lastSavedAt() == null ? "" : "Draft last saved " + SupervisionPage.ukMoment(view.lastSavedAt()) + ".";
        }
        if (isMovable()) {
            newDate = view.scheduledFor();
            newTime = view.scheduledTime();
        }
    }

    // ---- the body of the record

    /**
     * The autosave (a field changed, or typing went on for 30 seconds): saves when anything changed, and never after
     * someone else saved the record first (what is here would overwrite their version).
     */
    public void autosave() {
        if (view != null && view.callerMayRecord() && !conflict && !content().equals(saved)) {
            save();
        }
    }

    /** "Save draft". */
    public void saveDraft() {
        if (view == null || !view.callerMayRecord()) {
            return;
        }
        if (conflict) {
            conflictStands();
            return;
        }
        if (content().equals(saved) && view.status() != SupervisionStatus.SCHEDULED) {
            draftStatus = view.lastSavedAt() == null ? "Nothing to save yet."
                    : "Draft saved at " + SupervisionPage.ukClock(view.lastSavedAt()) + ". Nothing has changed since.";
            return;
        }
        save();
    }

    /**
     * Saves the body as typed. A broken rule is reported next to its field and everything typed stays here to be
     * saved again; when someone else saved the record first, the page stops saving ({@link #conflicted}).
     */
    private boolean save() {
        Content content = content();
        boolean scheduled = view.status() == SupervisionStatus.SCHEDULED;
        Optional<SessionView> result = attempt(RECORD, () -> supervision.saveRecord(id, view.version(), content));
        if (result.isPresent()) {
            view = result.get();
            saved = content;
            draftStatus = (scheduled ? "Recording started. " : "") + "Draft saved at "
                    + SupervisionPage.ukClock(view.lastSavedAt()) + ".";
            showFeedback(); // clears a problem reported earlier
            return true;
        }
        if (conflict) {
            return false; // said by conflicted()
        }
        draftStatus = "Not saved: correct the problem shown with the field. What you typed is kept on this page.";
        if (!FacesContext.getCurrentInstance().getMessageList(null).isEmpty()) {
            showFeedback(); // a problem with the record as a whole
        }
        return false;
    }

    /** Before a change to the record's items or its signature: the body typed so far is saved first. */
    private boolean savedFirst() {
        if (conflict) {
            conflictStands();
            return false;
        }
        if (!view.callerMayRecord() || view.status() != SupervisionStatus.SCHEDULED && content().equals(saved)) {
            return true;
        }
        if (save()) {
            return true;
        }
        if (!conflict) {
            Messages.error("Nothing else was changed: the record could not be saved first. Correct the problem, then try again.");
        }
        return false;
    }

    /**
     * A change by the person recording the record, or else the supervisee's or a reader's (for whom the page re-reads
     * the record, as there is nothing of theirs it could overwrite, before the central handler reports the conflict).
     */
    private <T> Optional<T> attempt(String formId, Supplier<T> call, String... aliases) {
        if (!view.callerMayRecord()) {
            return FormAction.change(formId, call, () -> view = supervision.get(id), aliases);
        }
        try {
            return FormAction.call(formId, call, aliases);
        } catch (RuntimeException e) {
            if (!FormAction.isConflict(e)) {
                throw e;
            }
            conflicted();
            return Optional.empty();
        }
    }

    /**
     * Someone else saved the record since this page read it. Adopting their version would let the next save send
     * this page's older content over theirs, so the page keeps what it read (and everything typed, in the form) and
     * stops: no autosave, no other change, until the record is reloaded.
     */
    private void conflicted() {
        conflict = true;
        signing = false;
        conflictStands();
        PrimeFaces.current().executeScript("lpDraft.hold()"); // leaving the page now asks first; the autosave stops
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            for (String area : CONFLICT_AREAS) {
                if (faces.getViewRoot().findComponent(area) != null) {
                    PrimeFaces.current().ajax().update(area);
                }
            }
        }
    }

    /** Says (again) why nothing is saved. */
    private void conflictStands() {
        draftStatus = CONFLICT;
        Messages.error(CONFLICT);
        FacesContext.getCurrentInstance().validationFailed(); // a form's unsaved typing stays flagged (lpDraft)
        showFeedback();
    }

    /** "Reload the record", after a conflict: the page again, with the record as saved now. */
    public String reloadRecord() {
        Messages.infoAfterRedirect("The record is reloaded with what is saved now, including the other changes. Add back"
                + " anything you copied that is missing.");
        return reload();
    }

    private Content content() {
        return new Content(type, heldOn, durationMinutes, attendees, workload, interAgency, wellbeing);
    }

    /** Ajax requests of this page leave the feedback area alone (it would take the focus): update it when needed. */
    private static void showFeedback() {
        if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().ajax().update(FEEDBACK);
        }
    }

    // ---- cases, actions, training needs

    public String addDiscussion() {
        return change("addCase", () -> supervision.addDiscussion(id, view.version(),
                        new Discussion(caseId, discussion, reflection, risk, decision, actions)),
                "The case is added to the record.", true);
    }

    /** A discussed case's "Change": its discussion fills the case form, to be changed there (not its case). */
    public void startChanging(DiscussionView d) {
        if (conflict) {
            conflictStands();
            return;
        }
        changingId = d.id();
        changingCaseId = d.caseId();
        changingReference = d.caseReference();
        caseId = d.caseId();
        discussion = d.discussion();
        reflection = d.reflection();
        risk = d.risk();
        decision = d.decision();
        actions = d.actions();
    }

    /** "Cancel" while changing a discussion: the form is for adding a case again, empty. */
    public void cancelChanging() {
        changingId = null;
        changingCaseId = null;
        changingReference = null;
        caseId = null;
        discussion = null;
        reflection = null;
        risk = null;
        decision = null;
        actions = null;
        PrimeFaces.current().executeScript("lp.focus('addCase-heading')");
    }

    public String saveDiscussion() {
        if (changingId == null) {
            return null;
        }
        long discussionId = changingId;
        long discussedCase = changingCaseId;
        String reference = changingReference;
        return change("addCase", () -> supervision.updateDiscussion(id, view.version(), discussionId,
                        new Discussion(discussedCase, discussion, reflection, risk, decision, actions)),
                "What is recorded about case " + reference + " is changed.", true);
    }

    public String removeDiscussion(DiscussionView d) {
        return change("discussions", () -> supervision.removeDiscussion(id, view.version(), d.id()),
                "Case " + d.caseReference() + " is removed from the record.", true);
    }

    public String addAction() {
        return change("action", () -> supervision.addAction(id, view.version(), new Action(actionDescription, ownerId, dueOn)),
                "The action is added to the record.", true, "owner", "ownerId");
    }

    public String removeAction(ActionView a) {
        return change("actions", () -> supervision.removeAction(id, view.version(), a.id()),
                "The action is removed from the record.", true);
    }

    /** An agreed action of a signed record was done (today). */
    public String markDone(ActionView a) {
        return attempt("actions", () -> supervision.markActionDone(a.id(), a.version(), new ActionDone(null))).map(done -> {
                    Messages.infoAfterRedirect("The action '" + done.description() + "' is marked done.");
                    return reload();
                }).orElse(null);
    }

    public String addNeed() {
        return change("need", () -> supervision.addTrainingNeed(id, view.version(), new Need(needDescription, courseId)),
                "The training need is added to the record. It joins " + view.supervisee().name()
                        + "'s training record when you sign.", true);
    }

    public String removeNeed(NeedItem n) {
        return change("needs", () -> supervision.removeTrainingNeed(id, view.version(), n.id()),
                "The training need is removed from the record.", true);
    }

    // ---- sign-off, response, cancellation

    /**
     * "Sign the supervision record": what was typed last is saved first (a problem is shown next to its field), then
     * the page asks for confirmation, as a signed record can no longer be changed.
     */
    public void requestSign() {
        signing = savedFirst();
    }

    /** "No, go back": nothing is signed. */
    public void cancelSign() {
        signing = false;
        PrimeFaces.current().executeScript("lp.focus('sign:signRecord')");
    }

    /** "Yes, sign the record" (what was typed since is saved first); a missing part is shown next to its field. */
    public String sign() {
        if (!signing) {
            return null;
        }
        signing = false; // whatever happens next, the button is shown again (with any problem)
        return change(RECORD, () -> supervision.sign(id, view.version()),
                "You signed the record: it can no longer be changed. " + view.supervisee().name()
                        + " is asked to confirm it or add comments.", true);
    }

    /** "Confirm the record": asks for confirmation first, as a response cannot be changed. */
    public void requestConfirm() {
        responding = Responding.CONFIRM;
    }

    /** "I disagree with the record": the comment saying why is needed, then the page asks for confirmation. */
    public void requestDispute() {
        if (comment == null || comment.isBlank()) {
            Messages.ruleBroken(new RuleViolation("supervision.comment-required", "comment",
                    "Enter your comment: say what you disagree with and why."), "respond");
            return;
        }
        responding = Responding.DISPUTE;
    }

    /** "No, go back": the comment stays in the form. */
    public void cancelResponse() {
        Responding was = responding;
        responding = null;
        PrimeFaces.current().executeScript("lp.focus('respond:" + (was == Responding.DISPUTE ? "dispute" : "confirm") + "')");
    }

    /** "Yes, confirm the record". */
    public String confirm() {
        if (responding != Responding.CONFIRM) {
            return null;
        }
        responding = null;
        return change("respond", () -> supervision.confirm(id, view.version(), new Response(comment)),
                "You confirmed the record.", false, "superviseeComment", "comment");
    }

    /** "Yes, record my disagreement". */
    public String dispute() {
        if (responding != Responding.DISPUTE) {
            return null;
        }
        responding = null;
        return change("respond", () -> supervision.dispute(id, view.version(), new Response(comment)),
                "Your disagreement is recorded with the record, with your comment.", false, "superviseeComment", "comment");
    }

    /** "Move the session": a scheduled session to another day (today or later) or time; the record is not started. */
    public String reschedule() {
        String when = SupervisionPage.ukDate(newDate) + (newTime == null ? "" : " at " + SupervisionPage.ukTime(newTime));
        return change("move", () -> supervision.reschedule(id, view.version(), new Reschedule(newDate, newTime)),
                "The session is moved to " + when + ".", false);
    }

    public String cancelSession() {
        return change("cancel", () -> supervision.cancel(id, view.version(), new Cancellation(reason)),
                "The session is cancelled.", false, "cancellationReason", "reason");
    }

    private String change(String formId, Supplier<SessionView> call, String message, boolean saveFirst, String... aliases) {
        if (conflict) {
            conflictStands();
            return null;
        }
        if (saveFirst && !savedFirst()) {
            return null;
        }
        return attempt(formId, call, aliases).map(v -> {
            Messages.infoAfterRedirect(message);
            return reload();
        }).orElse(null);
    }

    private String reload() {
        return "/app/supervision-session.xhtml?faces-redirect=true&id=" + id;
    }

    // ---- what the page shows

    public String getTitle() {
        if (view == null) {
            return "Supervision record";
        }
        LocalDate day = view.heldOn() != null ? view.heldOn() : view.scheduledFor();
        return "Supervision of " + view.supervisee().name() + (day == null ? "" : ", " + SupervisionPage.ukDate(day));
    }

    public String date(LocalDate day) {
        return SupervisionPage.ukDate(day);
    }

    public String moment(Instant at) {
        return SupervisionPage.ukMoment(at);
    }

    public String getPlanned() {
        if (view.scheduledFor() == null) {
            return "Not planned ahead";
        }
        return SupervisionPage.ukDate(view.scheduledFor())
                + (view.scheduledTime() == null ? "" : " at " + SupervisionPage.ukTime(view.scheduledTime()));
    }

    public String getDuration() {
        String expected = "the policy expects about " + view.expectedDurationMinutes() + " minutes";
        return view.durationMinutes() == null ? "Not recorded yet (" + expected + ")"
                : view.durationMinutes() + " minutes (" + expected + ")";
    }

    public String getResponse() {
        if (view.superviseeRespondedAt() == null) {
            return view.status() == SupervisionStatus.SIGNED_BY_SUPERVISOR ? "Not yet: waiting for "
                    + view.supervisee().name() : "None yet: the record is not signed";
        }
        return (view.status() == SupervisionStatus.DISPUTED ? "Disagreed with the record on " : "Confirmed the record on ")
                + SupervisionPage.ukMoment(view.superviseeRespondedAt());
    }

    /** The supervisor or the supervisee of the session (the people who may mark its actions done). */
    public boolean isCallerTakesPart() {
        return me != null && view != null && (me == view.supervisor().id() || me == view.supervisee().id());
    }

    public boolean mayMarkDone(ActionView a) {
        return view.status().isSigned() && a.status() == SupervisionActionStatus.OPEN && isCallerTakesPart();
    }

    /** The supervisor may move a session that is only planned so far. */
    public boolean isMovable() {
        return view != null && view.callerIsSupervisor() && view.status() == SupervisionStatus.SCHEDULED;
    }

    public boolean isCancellable() {
        return view.callerIsSupervisor()
                && (view.status() == SupervisionStatus.SCHEDULED || view.status() == SupervisionStatus.DRAFT);
    }

    public SupervisionType[] getTypes() {
        return SupervisionType.values();
    }

    // ---- properties

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionView getView() {
        return view;
    }

    public List<CaseOption> getCaseOptions() {
        return caseOptions;
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public String getDraftStatus() {
        return draftStatus;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isSigning() {
        return signing;
    }

    public Responding getResponding() {
        return responding;
    }

    /** Whether the case form changes a discussion already in the record (rather than adding a case). */
    public boolean isChanging() {
        return changingId != null;
    }

    public String getChangingReference() {
        return changingReference;
    }

    public SupervisionType getType() {
        return type;
    }

    public void setType(SupervisionType type) {
        this.type = type;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getWorkload() {
        return workload;
    }

    public void setWorkload(String workload) {
        this.workload = workload;
    }

    public String getInterAgency() {
        return interAgency;
    }

    public void setInterAgency(String interAgency) {
        this.interAgency = interAgency;
    }

    public String getWellbeing() {
        return wellbeing;
    }

    public void setWellbeing(String wellbeing) {
        this.wellbeing = wellbeing;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getDiscussion() {
        return discussion;
    }

    public void setDiscussion(String discussion) {
        this.discussion = discussion;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getNeedDescription() {
        return needDescription;
    }

    public void setNeedDescription(String needDescription) {
        this.needDescription = needDescription;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public LocalTime getNewTime() {
        return newTime;
    }

    public void setNewTime(LocalTime newTime) {
        this.newTime = newTime;
    }
}
