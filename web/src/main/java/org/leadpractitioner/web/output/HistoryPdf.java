package org.leadpractitioner.web.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leadpractitioner.training.SupervisionViews.History;
import org.leadpractitioner.training.SupervisionViews.HistoryEntry;
import org.leadpractitioner.training.TrainingViews.DevelopmentRecord;
import org.leadpractitioner.training.TrainingViews.GapView;
import org.leadpractitioner.training.TrainingViews.NeedView;
import org.leadpractitioner.training.TrainingViews.RecordView;

/** A practitioner's supervision and training history as a PDF for their file. */
public final class HistoryPdf {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private HistoryPdf() {
    }

    public static byte[] of(History h) {
        DevelopmentRecord t = h.training();
        String title = "Supervision and training history: " + t.name();
        try (PdfText pdf = new PdfText(title, h.producedBy(), "OFFICIAL-SENSITIVE. " + title + ", produced on "
                + date(h.producedOn()) + " by " + h.producedBy())) {
            pdf.paragraph(t.role() + ", " + t.agency() + (t.lineManager() == null ? "" : ". Line manager: " + t.lineManager())
                    + ".");
            pdf.paragraph("Produced on " + date(h.producedOn()) + " by " + h.producedBy() + ".");
            pdf.paragraph(t.trainedForLeadRole() ? "Trained for the lead practitioner role: yes."
                    : "Trained for the lead practitioner role: not yet (see the gaps below).");

            pdf.heading("Supervision sessions (" + h.sessions().size() + ")");
            if (h.sessions().isEmpty()) {
                pdf.paragraph("No signed supervision records.");
            }
            for (HistoryEntry s : h.sessions()) {
                pdf.subheading(date(s.heldOn()) + ": " + s.typeLabel() + " with " + s.supervisor());
                pdf.paragraph((s.durationMinutes() == null ? "" : s.durationMinutes() + " minutes. ") + s.statusLabel() + ". "
                        + count(s.casesDiscussed(), "case discussed", "cases discussed") + ", "
                        + count(s.actionsAgreed(), "action agreed", "actions agreed") + ", "
                        + count(s.trainingNeeds(), "training need identified", "training needs identified") + ".");
                pdf.field("Comment by the supervisee", s.superviseeComment());
            }

            pdf.heading("Training completed and booked (" + t.records().size() + ")");
            if (t.records().isEmpty()) {
                pdf.paragraph("No training recorded.");
            }
            for (RecordView r : t.records()) {
                pdf.subheading(r.courseTitle());
                StringBuilder line = new StringBuilder(r.statusLabel());
                if (r.completedOn() != null) {
                    line.append(" on ").append(date(r.completedOn()));
                } else if (r.bookedFor() != null) {
                    line.append(" for ").append(date(r.bookedFor()));
                }
                if (r.expiresOn() != null) {
                    line.append(r.expired() ? "; expired on " : "; expires on ").append(date(r.expiresOn()));
                }
                if (r.provider() != null) {
                    line.append(". Provider: ").append(r.provider());
                }
                if (r.evidence() != null) {
                    line.append(". Evidence: ").append(r.evidence().fileName());
                }
                pdf.paragraph(line + ".");
            }

            pdf.heading("Training and development needs (" + t.needs().size() + ")");
            if (t.needs().isEmpty()) {
                pdf.paragraph("No training needs recorded.");
            }
            for (NeedView n : t.needs()) {
                pdf.paragraph(date(n.raisedOn()) + " (" + n.sourceLabel() + "): " + n.description()
                        + (n.courseTitle() == null ? "" : " Course: " + n.courseTitle() + ".") + " " + n.statusLabel()
                        + (n.closedOn() == null ? "" : " on " + date(n.closedOn()))
                        + (n.closingNote() == null ? "." : ": " + n.closingNote()));
            }

            pdf.heading("Gaps today");
            if (t.gaps().isEmpty()) {
                pdf.paragraph("None.");
            }
            for (GapView g : t.gaps()) {
                pdf.paragraph(g.kindLabel() + ": " + g.message());
            }
            return pdf.bytes();
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : UK.format(d);
    }
}
