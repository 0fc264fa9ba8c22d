package org.leadpractitioner.assignment;

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
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.leadpractitioner.core.demo.DemoData;
import org.leadpractitioner.core.infrastructure.Settings;
import org.leadpractitioner.domain.assignment.CandidateFacts;
import org.leadpractitioner.domain.assignment.ChildFacts;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.assignment.FamilyWish;
import org.leadpractitioner.domain.assignment.LeadAppointment;
import org.leadpractitioner.domain.assignment.LeadRule;
import org.leadpractitioner.domain.assignment.RuleCheck;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * With the demo data ({@value DemoData#SETTING}), Liam Carter (login {@code practitioner}) leads for the children of
 * EH-DEMO-01 (Hollis) and EH-DEMO-02 (Nowak), agreed by Joanne Price ({@code supervisor}) and with the families'
 * wishes recorded, so that "Cases you lead", the lead panels, the ranked candidates and the handover wizard have
 * something to show; EH-DEMO-03 (Ahmed) stays without a lead (drift), and EH-DEMO-05 and EH-DEMO-10 are left for the
 * tour in docs/demo-data.md. Only once, on a database without any appointment; nothing when the demo people are not
 * there.
 */
@Startup
@Singleton
@DependsOn("lp-core.jar#DemoData")
public class AssignmentDemoData {

    private static final Logger LOG = Logger.getLogger(AssignmentDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void loadWhenWanted() {
        if (!Settings.flag(DemoData.SETTING)
                || em.createQuery("SELECT COUNT(a) FROM LeadAppointment a", Long.class).getSingleResult() > 0) {
            return;
        }
        Practitioner liam = practitioner("liam.carter@northbridge.example");
        Practitioner joanne = practitioner("joanne.price@northbridge.example");
        if (liam == null || joanne == null) {
            return;
        }
        int appointed = 0;
        for (String reference : List.of("EH-DEMO-01", "EH-DEMO-02")) {
            EarlyHelpCase c = em.createQuery("SELECT c FROM EarlyHelpCase c WHERE c.reference = :ref", EarlyHelpCase.class)
                    .setParameter("ref", reference).getResultStream().findFirst().orElse(null);
            if (c != null && c.isOpen()) {
                appoint(c, liam, joanne);
                appointed++;
            }
        }
        LOG.info("Demo lead practitioners appointed on " + appointed + " case(s)");
    }

    private void appoint(EarlyHelpCase c, Practitioner lead, Practitioner manager) {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        List<Child> children = c.getChildren().stream().sorted(Comparator.comparing(Child::getId)).toList();
        RuleCheck check = LeadRule.evaluate(children.stream().map(ch -> ChildFacts.of(ch, c.getNeedLevel(), today)).toList(),
                CandidateFacts.of(lead), Designation.FAMILY_HELP_LEAD_PRACTITIONER);
        LeadAppointment a = LeadAppointment.propose(new LeadAppointment.Proposal(c, lead, children,
                Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, today, true, today, check.needsJustification()
                        ? "The TAF agreed that the family's needs are mostly at home (routines, school attendance) and the"
                                + " family asked for " + lead.displayName() + ", whom they know; the school's SENCO stays in"
                                + " the network for the special educational needs." : null, null),
                check, null, false, lead, now);
        em.persist(a);
        a.accept(lead, now);
        a.agree(manager, false, now);
        a.recordFamilyWish(FamilyWish.ASKED_FOR_PRACTITIONER, lead, null, null, now);
        LocalDate from = a.confirm(today, now);
        em.persist(c.addMember(lead, MembershipKind.LEAD, from));
    }

    private Practitioner practitioner(String email) {
        return em.createNamedQuery(Practitioner.FIND_BY_EMAIL, Practitioner.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
    }
}
