package org.leadpractitioner.web.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leadpractitioner.domain.meetings.Attendance;
import org.leadpractitioner.domain.meetings.ReviewDecision;
import org.leadpractitioner.meetings.MeetingViews.ActionView;
import org.leadpractitioner.meetings.MeetingViews.InviteeView;
import org.leadpractitioner.meetings.MeetingViews.MeetingView;

/**
 * The family's copy of their plan after a TAF meeting (issue 4, item 4): in plain words, short sentences, the Signs of
 * Safety questions as the family would ask them, who does what by when, and what happens next. No case jargon, no
 * internal codes; names of the practitioners with their jobs, so the family knows who is who.
 */
public final class FamilyPlanPdf {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private FamilyPlanPdf() {
    }

    public static byte[] of(MeetingView m) {
        String title = "Our family plan";
        try (PdfText pdf = new PdfText(title + " – " + m.familyName(), m.chair().name(), "This is your copy of the plan"
                + " agreed at the meeting on " + date(m.starts().toLocalDate()) + ". Please keep it safe.")) {
            pdf.paragraph("This is the plan we made together at the Team Around the Family meeting on "
                    + date(m.starts().toLocalDate()) + ". If anything here is wrong or unclear, please tell "
                    + m.chair().name() + ".");

            pdf.heading("Who was at the meeting");
            StringBuilder came = new StringBuilder();
            StringBuilder away = new StringBuilder();
            for (InviteeView i : m.invitees()) {
                String who = i.person().name() + (i.person().family() ? "" : " (" + i.person().detail() + ")");
                if (i.attendance() == Attendance.ATTENDED) {
                    came.append(came.length() == 0 ? "" : "; ").append(who);
                } else {
                    away.append(away.length() == 0 ? "" : "; ").append(who)
                            .append(i.writtenReport() == null ? "" : " – sent a written report");
                }
            }
            pdf.paragraph(came.length() == 0 ? "No one is recorded as attending." : "Came: " + came + ".");
            if (away.length() > 0) {
                pdf.paragraph("Could not come: " + away + ".");
            }

            pdf.heading("What we are worried about");
            pdf.paragraph(text(m.worries()));
            pdf.heading("What is going well");
            pdf.paragraph(text(m.workingWell()));
            pdf.heading("What needs to happen");
            pdf.paragraph(text(m.needsToHappen()));
            if (m.scaling() != null) {
                pdf.heading("How things are now");
                pdf.paragraph("On a scale from 0 to 10, we put things at " + m.scaling() + ". 0 means things are so bad"
                        + " that the children cannot stay safe and well at home; 10 means everyone is confident the family"
                        + " can manage without this plan.");
            }
            if (m.familyViews() != null) {
                pdf.heading("What you told us");
                pdf.paragraph(m.familyViews());
            }
            if (m.childViews() != null) {
                pdf.heading("What the children told us");
                pdf.paragraph(m.childViews());
            }

            pdf.heading("Who will do what, and by when");
            if (m.actions().isEmpty()) {
                pdf.paragraph("No new actions were agreed at this meeting.");
            }
            for (ActionView a : m.actions()) {
                pdf.subheading(a.ownerName() + ", by " + date(a.dueOn()));
                pdf.paragraph(a.description());
                pdf.field("We will know it has worked when", a.successMeasure());
            }

            pdf.heading("What happens next");
            pdf.paragraph(next(m));
            return pdf.bytes();
        }
    }

    private static String next(MeetingView m) {
        ReviewDecision d = m.decision();
        if (d == null) {
            return "The notes of this meeting are not finished yet.";
        }
        return switch (d) {
            case CONTINUE -> "We will meet again to see how the plan is going by " + date(m.nextReviewOn()) + ".";
            case CHANGE_OF_LEAD -> "Your lead practitioner is changing; you will be told who and from when. We will meet"
                    + " again by " + date(m.nextReviewOn()) + ".";
            case STEP_UP -> "We agreed that children's social care will now help your family. They will contact you.";
            case STEP_DOWN -> "We agreed that your family no longer needs this plan. Your school, nursery or health"
                    + " visitor will carry on helping as usual.";
            case CLOSE -> "We agreed to close the plan. If things get harder: " + text(m.sustainabilityPlan());
        };
    }

    private static String text(String s) {
        return s == null ? "Not recorded." : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : UK.format(d);
    }
}
