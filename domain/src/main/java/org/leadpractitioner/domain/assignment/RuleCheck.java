package org.leadpractitioner.domain.assignment;

import java.util.List;
import java.util.stream.Collectors;

/** Every finding of the rules on one proposed lead for some children. */
public record RuleCheck(CandidateFacts candidate, Designation designation, List<RuleFinding> findings) {

    public RuleCheck {
        findings = List.copyOf(findings);
    }

    /** No "must" rule is broken. */
    public boolean allowed() {
        return refusals().isEmpty();
    }

    /** A "usually" or "may" rule is not followed, so a written justification is needed to go ahead. */
    public boolean needsJustification() {
        return !warnings().isEmpty();
    }

    public List<RuleFinding> refusals() {
        return findings.stream().filter(f -> f.verdict() == Verdict.REFUSED).toList();
    }

    public List<RuleFinding> warnings() {
        return findings.stream().filter(f -> f.verdict() == Verdict.WARNING).toList();
    }

    /** The explanations of the findings with {@code verdict}, one per line. */
    public String explain(Verdict verdict) {
        return findings.stream().filter(f -> f.verdict() == verdict)
                .map(f -> f.rule().title() + ": " + f.explanation()).collect(Collectors.joining("\n"));
    }

    /** A line per finding that is not simply met, for the appointment's record of what was weighed. */
    public String summary() {
        String notMet = findings.stream().filter(f -> f.verdict() != Verdict.MET)
                .map(f -> f.verdict().name() + " " + f.rule().code() + (f.childName() == null ? "" : " (" + f.childName() + ")"))
                .collect(Collectors.joining("; "));
        return notMet.isEmpty() ? "all applicable rules met" : notMet;
    }
}
