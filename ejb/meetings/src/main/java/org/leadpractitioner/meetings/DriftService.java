package org.leadpractitioner.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.meetings.PlanAction;
import org.leadpractitioner.domain.meetings.TafMeeting;
import org.leadpractitioner.domain.meetings.TafPlan;
import org.leadpractitioner.meetings.MeetingViews.DriftItem;
import org.leadpractitioner.meetings.MeetingViews.DriftKind;

/**
 * Drift in TAF plans (issue 4, item 6; DOMAIN.md): reviews past their date, open actions past theirs, and records of
 * meetings not circulated to everyone within five working days — on open cases. Each kind is its own list, oldest
 * first, paged in the database on its own index (`ix_taf_plan_review`, `ix_taf_action_due`,
 * `ix_taf_meeting_circulation`), narrowed to:
 * <ul>
 * <li>{@link Whose#MINE}: the cases the caller leads now;</li>
 * <li>{@link Whose#TEAM}: the cases led by the practitioners the caller line-manages (their supervisor's view);</li>
 * <li>{@link Whose#ALL}: every open case (the early help coordinator only).</li>
 * </ul>
 * The leads of the page's cases are read in one more query, not per row.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class DriftService {

    /** Whose drift. */
    public enum Whose {
        MINE, TEAM, ALL
    }

    private static final String OPEN = " c.status = org.leadpractitioner.domain.core.CaseStatus.OPEN";
    private static final String LEAD_NOW = "lm.earlyHelpCase = c AND lm.kind = org.leadpractitioner.domain.core.MembershipKind.LEAD"
            + " AND lm.since <= :today AND (lm.until IS NULL OR lm.until > :today)";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Page<DriftItem> drift(DriftKind kind, Whose whose, int offset, int limit) {
        Caller caller = callers.current();
        if (whose == Whose.ALL && !caller.isCoordinator()) {
            throw new RuleViolation("drift.all-coordinator-only", "whose", "Only the early help coordinator sees the drift"
                    + " of every case. Choose your own cases or your team's.");
        }
        if (whose != Whose.ALL && caller.practitionerId() == null) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        LocalDate today = LocalDate.now(clock.withZone(TafMeeting.ZONE));
        String scope = switch (whose) {
            case MINE -> " AND EXISTS (SELECT lm FROM CaseMembership lm WHERE " + LEAD_NOW + " AND lm.practitioner.id = :me)";
            case TEAM -> " AND EXISTS (SELECT lm FROM CaseMembership lm WHERE " + LEAD_NOW
                    + " AND lm.practitioner.lineManager.id = :me)";
            case ALL -> "";
        };
        Page<DriftItem> page = switch (kind) {
            case OVERDUE_REVIEW -> page("SELECT p FROM TafPlan p JOIN FETCH p.earlyHelpCase c JOIN FETCH c.family",
                    "SELECT COUNT(p) FROM TafPlan p JOIN p.earlyHelpCase c",
                    " WHERE p.endedOn IS NULL AND p.nextReviewOn < :today AND" + OPEN + scope, " ORDER BY p.nextReviewOn, p.id",
                    TafPlan.class, whose, caller, today, offset, limit,
                    p -> item(kind, p.getEarlyHelpCase(), "Review due " + Checks.date(p.getNextReviewOn()) + " ("
                            + p.getCadence().label().toLowerCase(Locale.UK) + ")",
                            p.getNextReviewOn(), today, null, null));
            case OVERDUE_ACTION -> page("SELECT a FROM PlanAction a JOIN FETCH a.agreedAt JOIN FETCH a.earlyHelpCase c JOIN FETCH c.family"
                    + " LEFT JOIN FETCH a.ownerPractitioner LEFT JOIN FETCH a.ownerFamilyMember",
                    "SELECT COUNT(a) FROM PlanAction a JOIN a.earlyHelpCase c",
                    " WHERE a.status IN (org.leadpractitioner.domain.meetings.ActionStatus.NOT_STARTED,"
                            + " org.leadpractitioner.domain.meetings.ActionStatus.IN_PROGRESS) AND a.dueOn < :today AND"
                            + OPEN + scope, " ORDER BY a.dueOn, a.id", PlanAction.class, whose, caller, today, offset, limit,
                    a -> item(kind, a.getEarlyHelpCase(), a.getDescription() + " (" + a.ownerName() + ")", a.getDueOn(),
                            today, a.getAgreedAt().getId(), a.getId()));
            case UNCIRCULATED_RECORD -> page("SELECT m FROM TafMeeting m JOIN FETCH m.earlyHelpCase c JOIN FETCH c.family",
                    "SELECT COUNT(m) FROM TafMeeting m JOIN m.earlyHelpCase c",
                    " WHERE m.status = org.leadpractitioner.domain.meetings.MeetingStatus.HELD AND m.circulatedOn IS NULL"
                            + " AND m.circulationDueOn < :today AND" + OPEN + scope, " ORDER BY m.circulationDueOn, m.id",
                    TafMeeting.class, whose, caller, today, offset, limit,
                    m -> item(kind, m.getEarlyHelpCase(), "Record of the " + m.getType().label() + " of " + Checks.date(m.heldOn()) + " not sent to everyone",
                            m.getCirculationDueOn(), today, m.getId(), null));
        };
        audit.record(AuditAction.VIEW, "Drift", null, null, null, kind + " for " + whose + ": " + page.items().size()
                + " of " + page.total());
        return withLeads(page, today);
    }

    private <T> Page<DriftItem> page(String select, String count, String where, String order, Class<T> type, Whose whose,
            Caller caller, LocalDate today, int offset, int limit, Function<T, DriftItem> toItem) {
        TypedQuery<T> rows = em.createQuery(select + where + order, type);
        TypedQuery<Long> total = em.createQuery(count + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, total)) {
            q.setParameter("today", today);
            if (whose != Whose.ALL) {
                q.setParameter("me", caller.practitionerId());
            }
        }
        List<DriftItem> items = rows.setFirstResult(offset).setMaxResults(limit).getResultStream().map(toItem).toList();
        return new Page<>(items, total.getSingleResult(), offset, limit);
    }

    private static DriftItem item(DriftKind kind, EarlyHelpCase c, String what, LocalDate due, LocalDate today,
            Long meetingId, Long actionId) {
        return new DriftItem(kind, kind.label(), c.getId(), c.getReference(), c.getFamily().getFamilyName(), what, due,
                ChronoUnit.DAYS.between(due, today), null, meetingId, actionId);
    }

    /** Adds the current leads of the page's cases, in one query. */
    private Page<DriftItem> withLeads(Page<DriftItem> page, LocalDate today) {
        if (page.items().isEmpty()) {
            return page;
        }
        Map<Long, List<String>> leads = new LinkedHashMap<>();
        em.createQuery("SELECT m.earlyHelpCase.id, m.practitioner.givenName, m.practitioner.familyName FROM CaseMembership m"
                + " WHERE m.earlyHelpCase.id IN :ids AND m.kind = org.leadpractitioner.domain.core.MembershipKind.LEAD"
                + " AND m.since <= :today AND (m.until IS NULL OR m.until > :today)", Object[].class)
                .setParameter("ids", page.items().stream().map(DriftItem::caseId).distinct().toList())
                .setParameter("today", today).getResultStream()
                .forEach(r -> leads.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r[1] + " " + r[2]));
        List<DriftItem> items = page.items().stream().map(i -> new DriftItem(i.kind(), i.kindLabel(), i.caseId(),
                i.caseReference(), i.familyName(), i.what(), i.dueOn(), i.daysLate(),
                leads.containsKey(i.caseId()) ? MeetingService.names(leads.get(i.caseId())) : "No lead practitioner",
                i.meetingId(), i.actionId())).toList();
        return new Page<>(items, page.total(), page.offset(), page.limit());
    }
}
