package org.leadpractitioner.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.training.Course;
import org.leadpractitioner.domain.training.TrainingEvidence;
import org.leadpractitioner.domain.training.TrainingGaps;
import org.leadpractitioner.domain.training.TrainingNeed;
import org.leadpractitioner.domain.training.TrainingRecord;
import org.leadpractitioner.training.TrainingInputs.CloseNeed;
import org.leadpractitioner.training.TrainingInputs.Completion;
import org.leadpractitioner.training.TrainingInputs.NewNeed;
import org.leadpractitioner.training.TrainingInputs.NewRecord;
import org.leadpractitioner.training.TrainingViews.DevelopmentRecord;
import org.leadpractitioner.training.TrainingViews.Evidence;
import org.leadpractitioner.training.TrainingViews.GapView;
import org.leadpractitioner.training.TrainingViews.LeadRoleTraining;
import org.leadpractitioner.training.TrainingViews.NeedView;
import org.leadpractitioner.training.TrainingViews.RecordView;
import org.leadpractitioner.training.TrainingViews.TeamGaps;

/**
 * Practitioners' training records: courses booked and completed (with evidence and expiry), training needs (from
 * supervision or elsewhere) and the gaps that follow, per practitioner and per supervisor's team. A record is kept
 * by the practitioner, their management line and the early help coordinator ({@link Development}); whether someone
 * is trained for the lead role is open to every area. Completing a course meets the open needs that name it.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class TrainingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Development development;

    @Inject
    AuditLog audit;

    @Inject
    CallerService callers;

    @Inject
    Clock clock;

    /** The caller's own development record. */
    public DevelopmentRecord mine() {
        return record(development.me().getId());
    }

    /** A practitioner's courses, needs and gaps today. */
    public DevelopmentRecord record(long practitionerId) {
        Practitioner p = development.trainingSubject(practitionerId);
        List<TrainingRecord> records = em.createNamedQuery(TrainingRecord.FIND_BY_PRACTITIONER, TrainingRecord.class)
                .setParameter("practitionerId", practitionerId).getResultList();
        List<TrainingNeed> needs = em.createNamedQuery(TrainingNeed.FIND_BY_PRACTITIONER, TrainingNeed.class)
                .setParameter("practitionerId", practitionerId).getResultList();
        TrainingGaps gaps = TrainingGaps.compute(mandatory(), records, needs, today());
        Map<Long, Evidence> evidence = evidenceOf(records.stream().map(TrainingRecord::getId).toList());
        audit.record(AuditAction.VIEW, "TrainingRecord", null, null, null, "training record of practitioner " + practitionerId);
        Practitioner manager = p.getLineManager();
        return new DevelopmentRecord(p.getId(), p.displayName(), p.getRole().label(), p.getAgency().getName(),
                manager == null ? null : manager.displayName(), gaps.trainedForLeadRole(),
                records.stream().map(r -> view(r, evidence.get(r.getId()), today())).toList(),
                needs.stream().map(TrainingService::view).toList(), gaps(gaps), true);
    }

    /**
     * Whether the practitioner has every course the lead role needs, current today; open to every area ({@code missing}
     * is filled in only for those who keep the practitioner's training record).
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR, Roles.ADMIN})
    public LeadRoleTraining leadRoleTraining(long practitionerId) {
        Practitioner p = em.find(Practitioner.class, practitionerId);
        if (p == null) {
            throw new RecordNotFound("Practitioner", practitionerId);
        }
        List<TrainingRecord> records = em.createNamedQuery(TrainingRecord.FIND_FOR_PRACTITIONERS, TrainingRecord.class)
                .setParameter("practitionerIds", List.of(practitionerId)).getResultList();
        TrainingGaps gaps = TrainingGaps.compute(mandatory(), records, List.of(), today());
        // the answer is for everyone; what is missing is part of the training record, for those who keep it
        boolean keeper = development.meOrNull() != null && development.mayKeepTrainingOf(p) || callers.current().isCoordinator();
        return new LeadRoleTraining(p.getId(), p.displayName(), gaps.trainedForLeadRole(),
                keeper ? gaps.blocking().stream().map(TrainingGaps.Gap::message).toList() : List.of());
    }

    /**
     * Which of these practitioners are trained for the lead role today (every mandatory course completed and current),
     * in one query; for other areas (e.g. ranking candidate leads). Says nothing else about their training.
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR, Roles.ADMIN})
    public java.util.Set<Long> trainedForLeadRole(Collection<Long> practitionerIds) {
        if (practitionerIds.isEmpty()) {
            return java.util.Set.of();
        }
        Map<Long, List<TrainingRecord>> records = em.createNamedQuery(TrainingRecord.FIND_FOR_PRACTITIONERS,
                        TrainingRecord.class).setParameter("practitionerIds", List.copyOf(practitionerIds)).getResultStream()
                .collect(Collectors.groupingBy(r -> r.getPractitioner().getId()));
        List<Course> mandatory = mandatory();
        LocalDate today = today();
        return practitionerIds.stream().filter(id -> TrainingGaps.compute(mandatory, records.getOrDefault(id, List.of()),
                List.of(), today).trainedForLeadRole()).collect(Collectors.toSet());
    }

    /**
     * The gaps of the caller's team (the practitioners they line-manage now), in one query per kind of row; the
     * team's members are listed even without gaps. A team is bounded by line management, so it is not paged.
     */
    public List<TeamGaps> teamGaps() {
        return teamGaps(AuditAction.VIEW);
    }

    /** As {@link #teamGaps()}, for a file (audited as an export). */
    public List<TeamGaps> exportTeamGaps() {
        return teamGaps(AuditAction.EXPORT);
    }

    private List<TeamGaps> teamGaps(AuditAction action) {
        Practitioner me = development.me();
        List<TeamGaps> rows = gapsOf(development.teamOf(me.getId()));
        audit.record(action, "TrainingRecord", null, null, null, "training gaps of the team of practitioner " + me.getId());
        return rows;
    }

    List<TeamGaps> gapsOf(Collection<Practitioner> team) {
        if (team.isEmpty()) {
            return List.of();
        }
        List<Long> ids = team.stream().map(Practitioner::getId).toList();
        Map<Long, List<TrainingRecord>> records = em.createNamedQuery(TrainingRecord.FIND_FOR_PRACTITIONERS,
                        TrainingRecord.class).setParameter("practitionerIds", ids).getResultStream()
                .collect(Collectors.groupingBy(r -> r.getPractitioner().getId()));
        Map<Long, List<TrainingNeed>> needs = em.createNamedQuery(TrainingNeed.FIND_OPEN_FOR_PRACTITIONERS, TrainingNeed.class)
                .setParameter("practitionerIds", ids).getResultStream()
                .collect(Collectors.groupingBy(n -> n.getPractitioner().getId()));
        List<Course> mandatory = mandatory();
        LocalDate today = today();
        List<TeamGaps> rows = new ArrayList<>();
        for (Practitioner p : team) {
            TrainingGaps gaps = TrainingGaps.compute(mandatory, records.getOrDefault(p.getId(), List.of()),
                    needs.getOrDefault(p.getId(), List.of()), today);
            rows.add(new TeamGaps(p.getId(), p.displayName(), p.getRole().label(), gaps.trainedForLeadRole(), gaps(gaps)));
        }
        return rows;
    }

    /** Books a course, or records one already completed (with {@code completedOn}). */
    public RecordView addRecord(long practitionerId, @NotNull @Valid NewRecord input) {
        Practitioner p = development.trainingSubject(practitionerId);
        Course course = course(input.courseId());
        LocalDate today = today();
        TrainingRecord r;
        if (input.bookedFor() != null && input.completedOn() != null) {
            throw new RuleViolation("training.booked-or-completed", "completedOn", "Enter either the date the course is"
                    + " booked for or the date it was completed, not both.");
        }
        if (input.completedOn() != null) {
            r = TrainingRecord.recordCompletion(p, course, input.completedOn(), input.provider(), input.notes(), today);
        } else {
            TrainingRecord.ensureNotAlreadyBooked(p, course, em.createNamedQuery(TrainingRecord.COUNT_BOOKED, Long.class)
                    .setParameter("practitionerId", p.getId()).setParameter("courseId", course.getId()).getSingleResult());
            r = TrainingRecord.book(p, course, input.bookedFor(), today);
        }
        em.persist(r);
        em.flush();
        int met = meetNeeds(r);
        audit.record(AuditAction.CREATE, "TrainingRecord", r.getId(), null, null, "'" + course.getTitle() + "' "
                + r.getStatus().label().toLowerCase(java.util.Locale.UK) + " for practitioner " + practitionerId
                + (met > 0 ? "; meets " + met + " open need(s)" : ""));
        return view(r, null, today());
    }

    /** A booked course was completed. */
    public RecordView complete(long recordId, long expectedVersion, @NotNull @Valid Completion input) {
        TrainingRecord r = changeable(recordId, expectedVersion);
        r.complete(input.completedOn(), input.provider(), input.notes(), today());
        em.flush();
        int met = meetNeeds(r);
        audit.record(AuditAction.UPDATE, "TrainingRecord", recordId, null, null, "completed"
                + (met > 0 ? "; meets " + met + " open need(s)" : ""));
        return view(r, evidenceOf(List.of(recordId)).get(recordId), today());
    }

    public RecordView cancel(long recordId, long expectedVersion) {
        TrainingRecord r = changeable(recordId, expectedVersion);
        r.cancel(today());
        em.flush();
        audit.record(AuditAction.UPDATE, "TrainingRecord", recordId, null, null, "booking cancelled");
        return view(r, null, today());
    }

    /** Attaches (or replaces) the evidence of a completion. */
    public RecordView attachEvidence(long recordId, long expectedVersion, String fileName, String contentType, byte[] content) {
        TrainingRecord r = changeable(recordId, expectedVersion);
        TrainingEvidence e = TrainingEvidence.attach(r, fileName, contentType, content, Instant.now(clock));
        em.createNamedQuery(TrainingEvidence.FIND_BY_RECORD, TrainingEvidence.class).setParameter("recordId", recordId)
                .getResultList().forEach(em::remove);
        em.flush(); // the old document goes before the new one comes (one document per completion)
        em.persist(e);
        em.lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a new version: two uploads of the same version conflict
        em.flush();
        audit.record(AuditAction.UPDATE, "TrainingRecord", recordId, null, null, "evidence attached: " + e.getFileName()
                + " (" + e.getSizeBytes() + " bytes)");
        return view(r, new Evidence(e.getId(), e.getFileName(), e.getContentType(), e.getSizeBytes(), e.getUploadedAt()),
                today());
    }

    /** The evidence document itself: name, type and bytes. */
    public EvidenceFile evidence(long recordId) {
        TrainingRecord r = visible(recordId);
        TrainingEvidence e = em.createNamedQuery(TrainingEvidence.FIND_BY_RECORD, TrainingEvidence.class)
                .setParameter("recordId", r.getId()).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("Evidence of training record", recordId));
        audit.record(AuditAction.VIEW, "TrainingEvidence", e.getId(), null, null, "evidence of training record " + recordId);
        return new EvidenceFile(e.getFileName(), e.getContentType(), e.getContent());
    }

    /** One course on a practitioner's record. */
    public RecordView trainingRecord(long recordId) {
        TrainingRecord r = visible(recordId);
        audit.record(AuditAction.VIEW, "TrainingRecord", recordId, null, null, "training record entry");
        return view(r, evidenceOf(List.of(recordId)).get(recordId), today());
    }

    /** One training need. */
    public NeedView need(long needId) {
        TrainingNeed n = visibleNeed(needId);
        audit.record(AuditAction.VIEW, "TrainingNeed", needId, null, null, "training need");
        return view(n);
    }

    /** An evidence document as downloaded. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    /** Raises a training or development need outside supervision. */
    public NeedView raiseNeed(long practitionerId, @NotNull @Valid NewNeed input) {
        Practitioner p = development.trainingSubject(practitionerId);
        Course course = input.courseId() == null ? null : course(input.courseId());
        LocalDate today = today();
        TrainingNeed n = TrainingNeed.raise(p, input.description(), course, input.raisedOn() == null ? today : input.raisedOn(),
                today);
        em.persist(n);
        em.flush();
        audit.record(AuditAction.CREATE, "TrainingNeed", n.getId(), null, null, "need raised for practitioner " + practitionerId);
        return view(n);
    }

    /** The need was met without a course: how, and when. */
    public NeedView markNeedMet(long needId, long expectedVersion, @NotNull @Valid CloseNeed input) {
        TrainingNeed n = changeableNeed(needId, expectedVersion);
        n.markMet(input.on() == null ? today() : input.on(), input.note(), today());
        return savedNeed(n, "marked met");
    }

    public NeedView withdrawNeed(long needId, long expectedVersion, @NotNull @Valid CloseNeed input) {
        TrainingNeed n = changeableNeed(needId, expectedVersion);
        n.withdraw(input.on() == null ? today() : input.on(), input.note(), today());
        return savedNeed(n, "withdrawn");
    }

    // ---- helpers

    /**
     * Meets the practitioner's open needs naming the course of a completed record, current today, that were raised by
     * the day it was completed; how many.
     */
    private int meetNeeds(TrainingRecord r) {
        if (!r.isCompleted()) {
            return 0;
        }
        if (!r.isCurrentOn(today())) {
            return 0; // an old, expired completion meets no need
        }
        // only needs raised on or before the completion: a completion before the need was raised did not meet it
        List<TrainingNeed> open = em.createNamedQuery(TrainingNeed.FIND_OPEN_FOR_PRACTITIONER_AND_COURSE, TrainingNeed.class)
                .setParameter("practitionerId", r.getPractitioner().getId()).setParameter("courseId", r.getCourse().getId())
                .getResultStream().filter(n -> !n.getRaisedOn().isAfter(r.getCompletedOn())).toList();
        open.forEach(n -> n.meetBy(r));
        return open.size();
    }

    private NeedView savedNeed(TrainingNeed n, String what) {
        em.flush();
        audit.record(AuditAction.UPDATE, "TrainingNeed", n.getId(), null, null, what);
        return view(n);
    }

    private TrainingRecord visible(long recordId) {
        TrainingRecord r = em.find(TrainingRecord.class, recordId);
        if (r == null || !development.mayKeepTrainingOf(r.getPractitioner())) {
            audit.recordRefusal("TrainingRecord", recordId, null, null, "outside the caller's reach, or no such record");
            throw new RecordNotFound("Training record", recordId);
        }
        return r;
    }

    private TrainingRecord changeable(long recordId, long expectedVersion) {
        TrainingRecord r = visible(recordId);
        Versions.require(r.getVersion(), expectedVersion, "training record");
        return r;
    }

    private TrainingNeed visibleNeed(long needId) {
        TrainingNeed n = em.find(TrainingNeed.class, needId);
        if (n == null || !development.mayKeepTrainingOf(n.getPractitioner())) {
            audit.recordRefusal("TrainingNeed", needId, null, null, "outside the caller's reach, or no such need");
            throw new RecordNotFound("Training need", needId);
        }
        return n;
    }

    private TrainingNeed changeableNeed(long needId, long expectedVersion) {
        TrainingNeed n = visibleNeed(needId);
        Versions.require(n.getVersion(), expectedVersion, "training need");
        if (n.getSource() == org.leadpractitioner.domain.training.TrainingNeedSource.SUPERVISION && !callers.current().isCoordinator()
                && !n.getPractitioner().isManagedBy(development.meOrNull())) {
            throw new RuleViolation("training-need.agreed-in-supervision", null, "This need was agreed in supervision, so"
                    + " it is closed by " + n.getPractitioner().displayName() + "'s supervisor (or met by completing its"
                    + " course). Raise it at your next supervision.");
        }
        return n;
    }

    private Course course(long id) {
        Course c = em.find(Course.class, id);
        if (c == null) {
            throw new RuleViolation("course.unknown", "courseId", "There is no course " + id + ". Choose one from the catalogue.");
        }
        return c;
    }

    private List<Course> mandatory() {
        return em.createNamedQuery(Course.FIND_MANDATORY_FOR_LEAD, Course.class).getResultList();
    }

    private Map<Long, Evidence> evidenceOf(List<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(TrainingEvidence.FIND_SUMMARIES_FOR_RECORDS, Object[].class)
                .setParameter("recordIds", recordIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> new Evidence((Long) row[1], (String) row[2],
                        (String) row[3], ((Number) row[4]).longValue(), (Instant) row[5]), (a, b) -> a));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static List<GapView> gaps(TrainingGaps gaps) {
        return gaps.all().stream().map(g -> new GapView(g.kind(), g.kind().label(),
                g.course() == null ? null : g.course().getId(), g.course() == null ? null : g.course().getTitle(),
                g.need() == null ? null : g.need().getId(), g.date(), g.bookedFor(), g.blocksLeadRole(), g.message())).toList();
    }

    static RecordView view(TrainingRecord r, Evidence evidence, LocalDate today) {
        LocalDate expires = r.isCompleted() ? r.expiresOn() : null;
        return new RecordView(r.getId(), r.getVersion(), r.getCourse().getId(), r.getCourse().getTitle(), r.getStatus(),
                r.getStatus().label(), r.getBookedFor(), r.getCompletedOn(), expires,
                r.isExpiredOn(today), r.getProvider(), r.getNotes(), evidence);
    }

    static NeedView view(TrainingNeed n) {
        return new NeedView(n.getId(), n.getVersion(), n.getDescription(), n.getCourse() == null ? null : n.getCourse().getId(),
                n.getCourse() == null ? null : n.getCourse().getTitle(), n.getRaisedOn(), n.getSource(),
                n.getSource().label(), n.getSessionId(), n.getStatus(), n.getStatus().label(),
                n.getMetBy() == null ? null : n.getMetBy().getId(), n.getClosedOn(), n.getClosingNote());
    }
}
