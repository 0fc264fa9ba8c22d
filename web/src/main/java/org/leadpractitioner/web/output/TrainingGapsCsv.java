package org.leadpractitioner.web.output;

import java.time.LocalDate;
import java.util.List;
import org.leadpractitioner.training.TrainingViews.GapView;
import org.leadpractitioner.training.TrainingViews.TeamGaps;

/** A team's training gaps as CSV: one row per gap, and one row for each member without any. */
public final class TrainingGapsCsv {

    private TrainingGapsCsv() {
    }

    public static String of(List<TeamGaps> team) {
        Csv csv = new Csv().row(List.of("Practitioner", "Role", "Trained for the lead role", "Gap", "Course", "Date",
                "Booked for", "Details"));
        for (TeamGaps member : team) {
            String trained = member.trainedForLeadRole() ? "Yes" : "No";
            if (member.gaps().isEmpty()) {
                csv.row(List.of(member.name(), member.role(), trained, "None", "", "", "", ""));
            }
            for (GapView gap : member.gaps()) {
                csv.row(java.util.Arrays.asList(member.name(), member.role(), trained, gap.kindLabel(), gap.courseTitle(),
                        date(gap.date()), date(gap.bookedFor()), gap.message()));
            }
        }
        return csv.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
