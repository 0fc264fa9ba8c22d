package org.leadpractitioner.domain.assignment;

/**
 * One rule's verdict on a proposed lead, explained for the people deciding.
 *
 * @param childId     the child the finding is about, or {@code null} for a rule about the appointment as a whole
 * @param explanation what applies, who the guidance expects, and what to do, in plain English
 */
public record RuleFinding(LeadRule rule, Long childId, String childName, Verdict verdict, String explanation) {
}
