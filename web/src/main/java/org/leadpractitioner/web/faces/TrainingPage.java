package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AppRole;
import org.leadpractitioner.domain.training.TrainingEvidence;
import org.leadpractitioner.training.CatalogueService;
import org.leadpractitioner.training.TrainingInputs.CloseNeed;
import org.leadpractitioner.training.TrainingInputs.Completion;
import org.leadpractitioner.training.TrainingInputs.NewNeed;
import org.leadpractitioner.training.TrainingInputs.NewRecord;
import org.leadpractitioner.training.TrainingService;
import org.leadpractitioner.training.TrainingViews.CourseView;
import org.leadpractitioner.training.TrainingViews.DevelopmentRecord;
import org.leadpractitioner.training.TrainingViews.NeedView;
import org.leadpractitioner.training.TrainingViews.RecordView;

/**
 * app/training.xhtml?practitioner=: a practitioner's training record (the caller's own without the parameter):
 * whether they are trained for the lead role, their gaps, the courses booked and completed (with evidence) and their
 * training needs, and the changes to each; the service decides who may see and keep it.
 */
@Named
@ViewScoped
public class TrainingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether a course added is booked for a date or was completed on it. */
    public enum Outcome {
        BOOKED("Booked: a place on a date to come"),
        COMPLETED("Completed");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How an open need is closed. */
    public enum Closing {
        MET, WITHDRAWN
    }

    @Inject
    TrainingService training;

    @Inject
    CatalogueService catalogue;

    @Inject
    CallerService callers;

    private Long practitioner;
    private boolean own;
    private boolean historyShown;
    private DevelopmentRecord record;
    private List<CourseView> courses;

    // a course added
    private Long courseId;
    private Outcome outcome;
    private LocalDate courseDate;
    private String provider;
    private String notes;

    // a booking completed, cancelled; evidence attached
    private RecordView completing;
    private LocalDate completedOn;
    private String completionProvider;
    private String completionNotes;
    private RecordView cancelling;
    private RecordView attaching;
    private transient Part file;

    // a need closed, raised
    private NeedView closing;
    private Closing closingAs;
    private String closingNote;
    private String needDescription;
    private Long needCourseId;

    /** f:viewAction. */
    public void load() {
        own = practitioner == null;
        record = own ? training.mine() : training.record(practitioner);
        courses = catalogue.courses(false);
        historyShown = mayDownloadHistory(callers.current(), record.practitionerId());
    }

    /**
     * Whether the caller may download the practitioner's supervision and training history: the service gives it to
     * the practitioner themself and their management line only. Anyone else who sees a training record is a
     * coordinator (who sees every record) or in the practitioner's management line; a coordinator is offered the
     * history when they supervise (they may be the practitioner's manager; the service still decides).
     */
    static boolean mayDownloadHistory(Caller caller, long practitionerId) {
        boolean self = caller.practitionerId() != null && caller.practitionerId() == practitionerId;
        return self || caller.practitionerId() != null && (!caller.isCoordinator() || caller.has(AppRole.SUPERVISOR));
    }

    // ---- courses

    public String addRecord() {
        LocalDate booked = outcome == Outcome.BOOKED ? courseDate : null;
        LocalDate completed = outcome == Outcome.COMPLETED ? courseDate : null;
        return change("addCourse", () -> training.addRecord(record.practitionerId(),
                        new NewRecord(courseId, booked, completed, provider, notes)),
                outcome == Outcome.BOOKED ? "The booking is added to the training record."
                        : "The completed course is added to the training record.",
                "course", "courseId", "bookedFor", "courseDate", "completedOn", "courseDate");
    }

    /** A booked row's "Record completion": shows the completion form for it. */
    public void startCompleting(RecordView r) {
        stop();
        completing = r;
        completedOn = SupervisionPage.ukToday();
        completionProvider = r.provider();
        completionNotes = null;
    }

    public String complete() {
        RecordView r = completing;
        return change("completion", () -> training.complete(r.id(), r.version(),
                        new Completion(completedOn, completionProvider, completionNotes)),
                "'" + r.courseTitle() + "' is recorded as completed. Attach the certificate or other evidence if you have it.");
    }

    /** A booked row's "Cancel booking": asks for confirmation first. */
    public void startCancelling(RecordView r) {
        stop();
        cancelling = r;
    }

    public String cancelBooking() {
        RecordView r = cancelling;
        return change("records", () -> training.cancel(r.id(), r.version()),
                "The booking on '" + r.courseTitle() + "' is cancelled.");
    }

    /** A completed row's "Attach evidence": shows the upload form for it. */
    public void startAttaching(RecordView r) {
        stop();
        attaching = r;
    }

    /** Uploads the evidence: at most one byte more than allowed is read, so the service refuses a file too large. */
    public String attachEvidence() {
        RecordView r = attaching;
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            Messages.ruleBroken(new RuleViolation("training-evidence.no-file", "file", "Choose the file to upload."), "evidence");
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(TrainingEvidence.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded evidence", e);
        }
        String name = file.getSubmittedFileName();
        String type = file.getContentType();
        return change("evidence", () -> training.attachEvidence(r.id(), r.version(), name, type, content),
                "The evidence for '" + r.courseTitle() + "' is attached.");
    }

    /** "Cancel" on one of the forms for a row: hides it (one such form shows at a time). */
    public void stop() {
        completing = null;
        cancelling = null;
        attaching = null;
        closing = null;
        closingAs = null;
    }

    // ---- needs

    public void startMeeting(NeedView n) {
        stop();
        closing = n;
        closingAs = Closing.MET;
        closingNote = null;
    }

    public void startWithdrawing(NeedView n) {
        stop();
        closing = n;
        closingAs = Closing.WITHDRAWN;
        closingNote = null;
    }

    public String closeNeed() {
        NeedView n = closing;
        if (closingAs == Closing.MET) {
            return change("closeNeed", () -> training.markNeedMet(n.id(), n.version(), new CloseNeed(null, closingNote)),
                    "The need is marked met.", "closingNote", "note");
        }
        return change("closeNeed", () -> training.withdrawNeed(n.id(), n.version(), new CloseNeed(null, closingNote)),
                "The need is withdrawn.", "closingNote", "note");
    }

    public String raiseNeed() {
        return change("raiseNeed", () -> training.raiseNeed(record.practitionerId(), new NewNeed(needDescription, needCourseId,
                null)), "The training need is added.");
    }

    private String change(String formId, Supplier<?> call, String message, String... aliases) {
        return FormAction.change(formId, call::get, this::reread, aliases).map(done -> {
            Messages.infoAfterRedirect(message);
            return "/app/training.xhtml?faces-redirect=true" + (own ? "" : "&practitioner=" + record.practitionerId());
        }).orElse(null);
    }

    /** After a concurrent change: the record as it is now, the forms as typed (their rows with their new versions). */
    private void reread() {
        record = own ? training.mine() : training.record(record.practitionerId());
        completing = fresh(completing);
        cancelling = fresh(cancelling);
        attaching = fresh(attaching);
        if (closing != null) {
            long needId = closing.id();
            closing = record.needs().stream().filter(n -> n.id() == needId).findFirst().orElse(null);
        }
    }

    private RecordView fresh(RecordView r) {
        return r == null ? null : record.records().stream().filter(x -> x.id() == r.id()).findFirst().orElse(null);
    }

    // ---- what the page shows

    public String getTitle() {
        if (record == null) {
            return "Training record";
        }
        return own ? "Your training record" : "Training record of " + record.name();
    }

    public String date(LocalDate day) {
        return SupervisionPage.ukDate(day);
    }

    /** "(1.2 MB)" for an evidence document's size. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public LocalDate getToday() {
        return SupervisionPage.ukToday();
    }

    public int getMaxBytes() {
        return TrainingEvidence.MAX_BYTES;
    }

    // ---- properties

    public Long getPractitioner() {
        return practitioner;
    }

    public void setPractitioner(Long practitioner) {
        this.practitioner = practitioner;
    }

    /** Whether the page offers the supervision and training history (PDF): see {@link #mayDownloadHistory}. */
    public boolean isHistoryShown() {
        return historyShown;
    }

    public boolean isOwn() {
        return own;
    }

    public DevelopmentRecord getRecord() {
        return record;
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getCourseDate() {
        return courseDate;
    }

    public void setCourseDate(LocalDate courseDate) {
        this.courseDate = courseDate;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public RecordView getCompleting() {
        return completing;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getCompletionProvider() {
        return completionProvider;
    }

    public void setCompletionProvider(String completionProvider) {
        this.completionProvider = completionProvider;
    }

    public String getCompletionNotes() {
        return completionNotes;
    }

    public void setCompletionNotes(String completionNotes) {
        this.completionNotes = completionNotes;
    }

    public RecordView getCancelling() {
        return cancelling;
    }

    public RecordView getAttaching() {
        return attaching;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public NeedView getClosing() {
        return closing;
    }

    public Closing getClosingAs() {
        return closingAs;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }

    public String getNeedDescription() {
        return needDescription;
    }

    public void setNeedDescription(String needDescription) {
        this.needDescription = needDescription;
    }

    public Long getNeedCourseId() {
        return needCourseId;
    }

    public void setNeedCourseId(Long needCourseId) {
        this.needCourseId = needCourseId;
    }
}
