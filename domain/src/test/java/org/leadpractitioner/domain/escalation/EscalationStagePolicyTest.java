package org.leadpractitioner.domain.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.escalation.EscalationWorld.assertViolation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

/** The authority's stages: each stage's values, the ladder they make, and the defaults the migration seeds. */
class EscalationStagePolicyTest {

    private static EscalationStagePolicy.Terms terms(int days, int hours) {
        return new EscalationStagePolicy.Terms("Practitioner to practitioner", "Talk it through", days, hours, false,
                OverdueAction.PROMPT_RAISER);
    }

    private static EscalationStagePolicy stage(int number) {
        return new EscalationStagePolicy(number, terms(2, 24));
    }

    @Test
    void timeLimitsMustBePositive() {
        assertViolation("escalation-policy.working-days-not-positive", "responseWorkingDays",
                () -> new EscalationStagePolicy(1, terms(0, 24)));
        RuleViolation v = assertViolation("escalation-policy.working-days-not-positive", "responseWorkingDays",
                () -> new EscalationStagePolicy(1, terms(-3, 24)));
        assertTrue(v.getMessage().contains("you entered -3"), v.getMessage());
        assertViolation("escalation-policy.urgent-hours-not-positive", "urgentResponseHours",
                () -> new EscalationStagePolicy(1, terms(2, 0)));
        assertViolation("escalation-policy.stage-number-not-positive", "stageNumber",
                () -> new EscalationStagePolicy(0, terms(2, 24)));
    }

    @Test
    void nameMeaningAndOverdueBehaviourAreRequired() {
        assertViolation("escalation-policy.name-required", "name", () -> new EscalationStagePolicy(1,
                new EscalationStagePolicy.Terms(" ", "Talk", 2, 24, false, OverdueAction.PROMPT_RAISER)));
        assertViolation("escalation-policy.description-required", "description", () -> new EscalationStagePolicy(1,
                new EscalationStagePolicy.Terms("Stage", null, 2, 24, false, OverdueAction.PROMPT_RAISER)));
        assertViolation("escalation-policy.name-too-long", "name", () -> new EscalationStagePolicy(1,
                new EscalationStagePolicy.Terms("n".repeat(101), "Talk", 2, 24, false, OverdueAction.PROMPT_RAISER)));
        assertViolation("escalation-policy.on-overdue-required", "onOverdue", () -> new EscalationStagePolicy(1,
                new EscalationStagePolicy.Terms("Stage", "Talk", 2, 24, false, null)));
    }

    @Test
    void aRefusedChangeChangesNothing() {
        EscalationStagePolicy p = stage(1);
        assertViolation("escalation-policy.urgent-hours-not-positive", "urgentResponseHours",
                () -> p.change(new EscalationStagePolicy.Terms("Renamed", "New meaning", 3, -1, true,
                        OverdueAction.MOVE_UP_AUTOMATICALLY)));
        assertEquals("Practitioner to practitioner", p.getName());
        assertEquals(2, p.getResponseWorkingDays());
        p.change(new EscalationStagePolicy.Terms("Renamed", "New meaning", 3, 12, true, OverdueAction.MOVE_UP_AUTOMATICALLY));
        assertEquals(3, p.getResponseWorkingDays());
        assertEquals(12, p.getUrgentResponseHours());
        assertTrue(p.isNotifiesBusinessManager());
        assertEquals(OverdueAction.MOVE_UP_AUTOMATICALLY, p.getOnOverdue());
        assertEquals("stage 1 (Renamed)", p.describe());
    }

    @Test
    void theStagesAreNumberedFromOneWithoutGaps() {
        StageLadder ladder = StageLadder.of(List.of(stage(3), stage(1), stage(2)));
        assertEquals(List.of(1, 2, 3), ladder.stages().stream().map(EscalationStagePolicy::getStageNumber).toList());
        assertEquals(1, ladder.first().getStageNumber());
        assertEquals(3, ladder.last().getStageNumber());
        assertTrue(ladder.isLast(3));
        assertFalse(ladder.isLast(2));
        assertEquals(3, ladder.above(2).orElseThrow().getStageNumber());
        assertTrue(ladder.above(3).isEmpty());
        assertTrue(ladder.find(0).isEmpty());

        assertViolation("escalation-policy.no-stages", "stageNumber", () -> StageLadder.of(List.of()));
        RuleViolation v = assertViolation("escalation-policy.stage-missing", "stageNumber",
                () -> StageLadder.of(List.of(stage(1), stage(3))));
        assertTrue(v.getMessage().contains("there is no stage 2 before stage 3"), v.getMessage());
        assertViolation("escalation-policy.stage-missing", "stageNumber", () -> StageLadder.of(List.of(stage(2))));
        assertViolation("escalation-policy.stage-repeated", "stageNumber",
                () -> StageLadder.of(List.of(stage(1), stage(2), stage(2))));
    }

    @Test
    void reachingStageThreeNotifiesTheBusinessManagerByDefault() {
        StageLadder ladder = new EscalationWorld().ladder;
        assertFalse(ladder.notifiesBusinessManagerReaching(0, 1), "raising");
        assertFalse(ladder.notifiesBusinessManagerReaching(1, 2));
        assertTrue(ladder.notifiesBusinessManagerReaching(2, 3));
        assertTrue(ladder.notifiesBusinessManagerReaching(2, 4), "skipping past stage 3 reaches beyond it");
        assertFalse(ladder.notifiesBusinessManagerReaching(3, 4));
    }

    @Test
    void theMigrationSeedsTheDefaultStages() throws IOException {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/common/V11__escalation.sql")) {
            assertNotNull(in, "V11 is missing");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher insert = Pattern.compile("VALUES \\(nextval\\('lp_seq'\\), 0, (\\d+), '((?:[^']|'')*)',\\s*'((?:[^']|'')*)',"
                + "\\s*(\\d+), (\\d+), (TRUE|FALSE), '(\\w+)'\\);").matcher(sql);
        List<String> seeded = new ArrayList<>();
        while (insert.find()) {
            seeded.add(insert.group(1) + "|" + insert.group(2).replace("''", "'") + "|" + insert.group(3).replace("''", "'")
                    + "|" + insert.group(4) + "|" + insert.group(5) + "|" + Boolean.parseBoolean(insert.group(6)) + "|"
                    + insert.group(7));
        }
        List<String> expected = EscalationWorld.defaults(OverdueAction.PROMPT_RAISER).stream().map(p -> p.getStageNumber()
                + "|" + p.getName() + "|" + p.getDescription() + "|" + p.getResponseWorkingDays() + "|"
                + p.getUrgentResponseHours() + "|" + p.isNotifiesBusinessManager() + "|" + p.getOnOverdue()).toList();
        assertEquals(expected, seeded);
        StageLadder.of(EscalationWorld.defaults(OverdueAction.PROMPT_RAISER)); // they make a ladder
    }
}
