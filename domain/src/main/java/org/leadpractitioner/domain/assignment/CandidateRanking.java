package org.leadpractitioner.domain.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * Ranks the practitioners involved with a family as lead practitioner for some of its children, by the guidance's
 * criteria, and says why for each: no black box. The order is a plain sequence of criteria, each deciding only
 * between candidates the earlier ones left equal:
 * <ol>
 * <li><b>statutory fit</b>: allowed by every "must" rule (those refused come last); then the practitioner a "must"
 * rule names; then those needing no justification;</li>
 * <li><b>the family's wish</b>: whom the child and family asked for on this case;</li>
 * <li><b>match of needs</b> to the practitioner's agency and role: how many of the children's needs their role works
 * with (age group, special educational needs, statutory circumstances);</li>
 * <li><b>capacity</b>: room under their stated number of lead cases (those at or over it after those with room);</li>
 * <li><b>existing relationship</b>: a member of the case, the longest involved first;</li>
 * <li><b>trained for the lead role</b>;</li>
 * <li><b>line manager</b> recorded (who agrees the appointment); then by name.</li>
 * </ol>
 * The needs a role works with ({@link #needsMet}) are this platform's reading of the guidance's "predominant needs":
 * health visitors and early years for the under-fives, schools for school-age children, SENCOs for special
 * educational needs, and the named statutory roles for their circumstances; family workers for every family.
 */
public final class CandidateRanking {

    private CandidateRanking() {
    }

    /** The criteria, in the order they rank. */
    public enum Criterion {
        STATUTORY_FIT("Statutory fit"),
        FAMILY_WISH("The family's wish"),
        NEEDS_MATCH("Match of needs to agency and role"),
        CAPACITY("Capacity"),
        RELATIONSHIP("Existing relationship"),
        TRAINING("Trained for the lead role"),
        LINE_MANAGER("Line manager");

        private final String label;

        Criterion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a criterion bears on a candidate. */
    public enum Effect {
        FOR("For"), AGAINST("Against"), NEUTRAL("Neutral"), BARS("Rules them out");

        private final String label;

        Effect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One criterion's outcome for a candidate, in a sentence. */
    public record Reason(Criterion criterion, Effect effect, String text) {
    }

    /**
     * What is known about one candidate.
     *
     * @param check              the statutory rules for this candidate and the children
     * @param familyAskedFor     the family asked for this practitioner on this case
     * @param involvedSince      since when they are a member of the case, or {@code null}
     * @param openLeadCases      open cases they lead now
     * @param capacity           how many they can lead (their stated capacity)
     * @param lineManagerName    their line manager, or {@code null} when none is recorded
     * @param trainedForLeadRole whether their training for the lead role is complete and current
     */
    public record Candidate(CandidateFacts facts, String agencyName, RuleCheck check, boolean familyAskedFor,
            LocalDate involvedSince, long openLeadCases, int capacity, String lineManagerName, boolean trainedForLeadRole) {

        public Candidate {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(check, "check");
        }
    }

    /** A candidate in the ranking (1 is the best fit), with every criterion's outcome. */
    public record Ranked(int rank, Candidate candidate, boolean allowed, List<Reason> reasons) {
    }

    /** Ranks {@code candidates} for {@code children}. */
    public static List<Ranked> rank(List<Candidate> candidates, List<ChildFacts> children) {
        record Scored(Candidate c, int statutory, boolean wish, int needs, boolean room, LocalDate since, List<Reason> why) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Reason> why = new ArrayList<>();
            int statutory = statutory(c, why);
            why.add(c.familyAskedFor()
                    ? new Reason(Criterion.FAMILY_WISH, Effect.FOR, "The child and family asked for " + c.facts().name() + ".")
                    : new Reason(Criterion.FAMILY_WISH, Effect.NEUTRAL, "The family has not asked for " + c.facts().name()
                            + " (ask them: their wish counts unless there are good reasons)."));
            List<String> met = needsMet(c.facts().role(), children);
            why.add(met.isEmpty()
                    ? new Reason(Criterion.NEEDS_MATCH, Effect.NEUTRAL, "As a " + lower(c.facts().role().label())
                            + " in " + c.agencyName() + ", none of the children's particular needs is their role's field.")
                    : new Reason(Criterion.NEEDS_MATCH, Effect.FOR, "As a " + lower(c.facts().role().label()) + " in "
                            + c.agencyName() + ": " + String.join("; ", met) + "."));
            boolean room = c.openLeadCases() < c.capacity();
            why.add(new Reason(Criterion.CAPACITY, room ? Effect.FOR : Effect.AGAINST, "Leads " + c.openLeadCases()
                    + " open case" + (c.openLeadCases() == 1 ? "" : "s") + " of the " + c.capacity() + " they can take"
                    + (room ? "." : ": no room without their manager agreeing to more.")));
            why.add(c.involvedSince() == null
                    ? new Reason(Criterion.RELATIONSHIP, Effect.NEUTRAL, "Not yet working with the family on this case.")
                    : new Reason(Criterion.RELATIONSHIP, Effect.FOR, "Working with the family on this case since "
                            + Checks.date(c.involvedSince()) + "."));
            why.add(new Reason(Criterion.TRAINING, c.trainedForLeadRole() ? Effect.FOR : Effect.AGAINST,
                    c.trainedForLeadRole() ? "Has completed the training the lead role needs."
                            : "Has not completed (or needs to refresh) the training the lead role needs."));
            why.add(c.lineManagerName() == null
                    ? new Reason(Criterion.LINE_MANAGER, Effect.AGAINST, "No line manager is recorded: the early help"
                            + " coordinator would have to agree instead.")
                    : new Reason(Criterion.LINE_MANAGER, Effect.FOR, c.lineManagerName() + ", their line manager, agrees"
                            + " the appointment."));
            scored.add(new Scored(c, statutory, c.familyAskedFor(), met.size(), room, c.involvedSince(), why));
        }
        Comparator<Scored> order = Comparator.<Scored>comparingInt(s -> -s.statutory())
                .thenComparing(s -> !s.wish())
                .thenComparingInt(s -> -s.needs())
                .thenComparing(s -> !s.room())
                .thenComparing(Scored::since, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> !s.c().trainedForLeadRole())
                .thenComparing(s -> s.c().lineManagerName() == null)
                .thenComparing(s -> s.c().facts().name());
        List<Scored> sorted = scored.stream().sorted(order).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scored s = sorted.get(i);
            ranked.add(new Ranked(i + 1, s.c(), s.c().check().allowed(), List.copyOf(s.why())));
        }
        return ranked;
    }

    /** 3: named by a "must" rule; 2: allowed, no justification needed; 1: allowed with a justification; 0: refused. */
    private static int statutory(Candidate c, List<Reason> why) {
        RuleCheck check = c.check();
        if (!check.allowed()) {
            why.add(new Reason(Criterion.STATUTORY_FIT, Effect.BARS, check.refusals().stream()
                    .map(RuleFinding::explanation).distinct().reduce((a, b) -> a + " " + b).orElse("")));
            return 0;
        }
        boolean named = check.findings().stream().anyMatch(f -> f.verdict() == Verdict.MET
                && f.rule().strength() == RuleStrength.MUST);
        if (named) {
            why.add(new Reason(Criterion.STATUTORY_FIT, Effect.FOR, check.findings().stream()
                    .filter(f -> f.verdict() == Verdict.MET && f.rule().strength() == RuleStrength.MUST)
                    .map(RuleFinding::explanation).distinct().reduce((a, b) -> a + " " + b).orElse("")));
            return 3;
        }
        if (check.needsJustification()) {
            why.add(new Reason(Criterion.STATUTORY_FIT, Effect.AGAINST, "Allowed with a written justification: "
                    + check.warnings().stream().map(RuleFinding::explanation).distinct()
                    .reduce((a, b) -> a + " " + b).orElse("")));
            return 1;
        }
        why.add(new Reason(Criterion.STATUTORY_FIT, Effect.NEUTRAL, check.findings().isEmpty()
                ? "No statutory rule applies to these children: the team around the family agrees who leads."
                : "Allowed by every statutory rule that applies."));
        return 2;
    }

    /** The children's needs that {@code role} works with, each in a phrase naming the child; empty if none. */
    public static List<String> needsMet(PractitionerRole role, List<ChildFacts> children) {
        Set<String> met = new LinkedHashSet<>();
        for (ChildFacts child : children) {
            int year = child.schoolYear();
            boolean underFive = year < 0;
            boolean schoolAge = year >= 0 && year <= 13;
            boolean sen = child.senStatus() != SenStatus.NONE;
            String name = child.name();
            switch (role) {
                case HEALTH_VISITOR, EARLY_YEARS_PRACTITIONER -> {
                    if (underFive) {
                        met.add(name + " is under school age, the age group they work with");
                    }
                }
                case MIDWIFE -> {
                    if (!child.dateOfBirth().isBefore(child.on().minusMonths(1))) {
                        met.add(name + " is a newborn");
                    }
                }
                case TEACHER, DESIGNATED_SAFEGUARDING_LEAD, SCHOOL_NURSE -> {
                    if (schoolAge) {
                        met.add(name + " is of school age");
                    }
                }
                case SENCO -> {
                    if (sen) {
                        met.add(name + " has special educational needs (" + lower(child.senStatus().label()) + ")");
                    }
                }
                case YOUTH_WORKER -> {
                    if (year >= 6) {
                        met.add(name + " is at secondary school age");
                    }
                }
                case YJS_SUPERVISING_OFFICER -> circumstance(met, child, CircumstanceType.YOUTH_JUSTICE_ORDER);
                case CAMHS_CARE_COORDINATOR -> circumstance(met, child, CircumstanceType.MENTAL_HEALTH_CPA);
                case KEY_WORKER -> circumstance(met, child, CircumstanceType.COMPLEX_NEEDS_KEY_WORKER);
                case PERSONAL_ADVISER -> {
                    circumstance(met, child, CircumstanceType.CARE_LEAVER_ELIGIBLE);
                    circumstance(met, child, CircumstanceType.CARE_LEAVER_RELEVANT);
                }
                case SOCIAL_WORKER -> {
                    for (CircumstanceType t : List.of(CircumstanceType.CHILD_PROTECTION_PLAN, CircumstanceType.LOOKED_AFTER,
                            CircumstanceType.CHILD_IN_NEED, CircumstanceType.CHILD_IN_NEED_ASSESSMENT,
                            CircumstanceType.OPEN_TO_SOCIAL_CARE, CircumstanceType.ADOPTION_PLAN)) {
                        circumstance(met, child, t);
                    }
                }
                case FAMILY_WORKER -> met.add("family workers support the whole family");
                default -> {
                }
            }
        }
        return List.copyOf(met);
    }

    private static void circumstance(Set<String> met, ChildFacts child, CircumstanceType type) {
        if (child.has(type)) {
            met.add(child.name() + ": " + lower(type.label()));
        }
    }

    private static String lower(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }
}
