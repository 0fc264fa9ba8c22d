package org.leadpractitioner.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;
import org.leadpractitioner.core.demo.DemoData;
import org.leadpractitioner.core.infrastructure.Settings;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.training.CaseDiscussion;
import org.leadpractitioner.domain.training.Course;
import org.leadpractitioner.domain.training.SupervisionSession;
import org.leadpractitioner.domain.training.SupervisionType;
import org.leadpractitioner.domain.training.TrainingRecord;

/**
 * With the demo data ({@value DemoData#SETTING}), gives the Northbridge family support team a supervision and
 * training history to look at: Joanne Price (login {@code supervisor}) supervised Liam Carter ({@code practitioner})
 * five weeks ago (so he is overdue), with a case decision, a training need and an action, and has his next session
 * planned; Aisha Rahman has a signed record waiting for her response and an action past its date; Aisha has every
 * core-competency module, Liam two of them and a booking for the third. Only once, on a database without any
 * supervision yet; nothing is added when the demo people are not there.
 */
@Startup
@Singleton
@DependsOn({"lp-core.jar#DemoData", "CatalogueSeeder"})
public class TrainingDemoData {

    private static final Logger LOG = Logger.getLogger(TrainingDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void loadWhenWanted() {
        if (!Settings.flag(DemoData.SETTING)
                || em.createQuery("SELECT COUNT(s) FROM SupervisionSession s", Long.class).getSingleResult() > 0) {
            return;
        }
        Practitioner joanne = practitioner("joanne.price@northbridge.example");
        Practitioner liam = practitioner("liam.carter@northbridge.example");
        Practitioner aisha = practitioner("aisha.rahman@northbridge.example");
        List<Course> modules = em.createNamedQuery(Course.FIND_MANDATORY_FOR_LEAD, Course.class).getResultList();
        if (joanne == null || liam == null || aisha == null || modules.size() < 4) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);

        LocalDate liamHeld = today.minusWeeks(5);
        SupervisionSession liams = SupervisionSession.record(joanne, liam, SupervisionType.ONE_TO_ONE, liamHeld, today, now);
        liams.saveDraft(joanne, new SupervisionSession.Content(SupervisionType.ONE_TO_ONE, liamHeld, 90, null,
                "Six families, two of them new this month. Liam has room for one more case after the Murphys' review.",
                "Good working relationship with Riverside Primary; slow replies from housing on the Nowak case.",
                "Feeling settled; wants more practice chairing TAF meetings."), today, now);
        EarlyHelpCase liamsCase = firstCaseOf(liam, liamHeld);
        if (liamsCase != null) {
            liams.addCaseDiscussion(joanne, liamsCase, true, new CaseDiscussion.Content(
                    "School attendance up from 78% to 91% since the plan started.", "Routines at home are what changed.",
                    "No safeguarding concerns raised.", "Review at the next TAF whether the plan's outcomes are met.",
                    "Liam to ask the school for the half-term attendance figures."), now);
        }
        liams.addAction(joanne, "Send the TAF invitations for the review meeting", liam, liamHeld.plusWeeks(2), now);
        liams.identifyTrainingNeed(joanne, "Chairing TAF meetings where parents disagree", modules.get(1), now);
        SupervisionSession.SignOff signOff = liams.sign(joanne, today, now);
        liams.confirm(liam, "Agreed.", now);
        em.persist(liams);
        signOff.trainingNeeds().forEach(em::persist);
        signOff.caseNotes().forEach(em::persist);
        em.persist(SupervisionSession.schedule(joanne, liam, SupervisionType.ONE_TO_ONE, today.plusDays(5),
                LocalTime.of(10, 0), today));

        LocalDate aishaHeld = today.minusWeeks(2);
        SupervisionSession aishas = SupervisionSession.record(joanne, aisha, SupervisionType.ONE_TO_ONE, aishaHeld, today, now);
        aishas.saveDraft(joanne, new SupervisionSession.Content(SupervisionType.ONE_TO_ONE, aishaHeld, 75, null,
                "Five families; one closing this month.", "Working well with the health visitors.",
                "Asked for support with a family who are hostile on visits: joint visits agreed."), today, now);
        aishas.addAction(joanne, "Arrange a joint visit with the health visitor", aisha, aishaHeld.plusDays(7), now);
        aishas.sign(joanne, today, now);
        em.persist(aishas);

        for (Course module : modules) {
            em.persist(TrainingRecord.recordCompletion(aisha, module, today.minusMonths(8), null, null, today));
        }
        em.persist(TrainingRecord.recordCompletion(liam, modules.get(0), today.minusMonths(14), null, null, today));
        em.persist(TrainingRecord.recordCompletion(liam, modules.get(3), today.minusMonths(13), null, null, today));
        em.persist(TrainingRecord.book(liam, modules.get(2), today.plusWeeks(3), today));
        LOG.info("Demo supervision and training records added for the Northbridge family support team");
    }

    private Practitioner practitioner(String email) {
        return em.createNamedQuery(Practitioner.FIND_BY_EMAIL, Practitioner.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
    }

    private EarlyHelpCase firstCaseOf(Practitioner p, LocalDate on) {
        return em.createQuery("SELECT m.earlyHelpCase FROM CaseMembership m WHERE m.practitioner = :p AND m.since <= :on"
                        + " AND (m.until IS NULL OR m.until > :on) ORDER BY m.earlyHelpCase.id", EarlyHelpCase.class)
                .setParameter("p", p).setParameter("on", on).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }
}
