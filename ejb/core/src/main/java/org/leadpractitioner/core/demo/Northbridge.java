package org.leadpractitioner.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.AgencyType;
import org.leadpractitioner.domain.core.AppRole;
import org.leadpractitioner.domain.core.CaseOrigin;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.ClosureReason;
import org.leadpractitioner.domain.core.ConsentRecord;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Family;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.NeedLevel;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.Relationship;
import org.leadpractitioner.domain.core.SenStatus;
import org.leadpractitioner.domain.core.StatutoryCircumstance;
import org.leadpractitioner.domain.core.UserAccount;

/**
 * The demo data of a made-up authority, Northbridge: its partner agencies, practitioners and their logins,
 * families with statutory circumstances, and early help cases. Everything is FICTIONAL: names, addresses
 * (postcode area "NB" does not exist), phone numbers from Ofcom's drama ranges (01632 960xxx, 07700 900xxx)
 * and e-mail domains under the reserved {@code .example} top-level domain.
 *
 * <p>The entities are built only through their own constructors and factories, so every invariant holds
 * (consent from the resident parent, one open case per child, ages, dates...). Nothing here touches the
 * database: {@link DemoData} persists what {@link #build()} returns, and a unit test can check the story.
 * docs/demo-data.md tells the story for people; keep the two in step.
 */
final class Northbridge {

    /** What was built, in the order it is persisted; families carry their members, children and circumstances. */
    record Built(List<Agency> agencies, List<Practitioner> practitioners, List<UserAccount> users,
            List<String> skippedUsernames, List<Family> families, List<ConsentRecord> declinedConsents,
            List<EarlyHelpCase> cases) {

        long children() {
            return families.stream().mapToLong(f -> f.getChildren().size()).sum();
        }

        long openCases() {
            return cases.stream().filter(EarlyHelpCase::isOpen).count();
        }
    }

    private static final String TOWN = "Northbridge";

    private final DemoCalendar cal;
    private final String passwordHash;
    private final Predicate<String> usernameTaken;
    private final Function<String, NeedLevel> needLevels;

    private final List<Agency> agencies = new ArrayList<>();
    private final List<Practitioner> practitioners = new ArrayList<>();
    private final List<UserAccount> users = new ArrayList<>();
    private final List<String> skippedUsernames = new ArrayList<>();
    private final List<Family> families = new ArrayList<>();
    private final List<ConsentRecord> declinedConsents = new ArrayList<>();
    private final List<EarlyHelpCase> cases = new ArrayList<>();

    // agencies
    private Agency socialCare;
    private Agency earlyHelpHub;
    private Agency riverside;
    private Agency academy;
    private Agency health;
    private Agency police;
    private Agency housing;
    private Agency youthJustice;
    private Agency camhs;
    private Agency harbour;

    // practitioners, by first name: docs/demo-data.md introduces them the same way
    private Practitioner helen;   // head of children's social care
    private Practitioner daniel;  // social work team manager (login teammanager)
    private Practitioner priya;   // social worker (login socialworker)
    private Practitioner tom;     // newly qualified social worker
    private Practitioner rebecca; // social worker, children in care
    private Practitioner grace;   // personal adviser, leaving care
    private Practitioner mark;    // head of early help
    private Practitioner sarah;   // early help coordinator (login coordinator)
    private Practitioner joanne;  // family support team leader (login supervisor)
    private Practitioner liam;    // family worker (login practitioner)
    private Practitioner aisha;   // family worker
    private Practitioner kieran;  // youth worker
    private Practitioner claire;  // designated safeguarding lead, Riverside Primary
    private Practitioner emma;    // SENCO, Riverside Primary (login senco)
    private Practitioner james;   // teacher, head of year, Northbridge Academy
    private Practitioner ruth;    // health visiting team leader
    private Practitioner fiona;   // health visitor (login healthvisitor)
    private Practitioner chloe;   // school nurse
    private Practitioner andrew;  // police officer
    private Practitioner michelle; // housing support worker
    private Practitioner marcus;  // YJS supervising officer
    private Practitioner hannah;  // CAMHS care coordinator
    private Practitioner sophie;  // designated key worker

    /**
     * @param passwordHash  the bcrypt hash every demo login gets (one shared demo password)
     * @param usernameTaken whether a login already exists (e.g. the bootstrap {@code admin}); it is then left alone
     * @param needLevels    the seeded level of need for a code (UNIVERSAL, LEVEL_1_PLUS...)
     */
    Northbridge(DemoCalendar cal, String passwordHash, Predicate<String> usernameTaken,
            Function<String, NeedLevel> needLevels) {
        this.cal = Objects.requireNonNull(cal);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.usernameTaken = Objects.requireNonNull(usernameTaken);
        this.needLevels = Objects.requireNonNull(needLevels);
    }

    Built build() {
        if (!agencies.isEmpty()) {
            throw new IllegalStateException("Build the demo data once per Northbridge instance");
        }
        createAgencies();
        createPractitioners();
        createLogins();

        hollisFamily();
        nowakFamily();
        ahmedFamily();
        walshFamily();
        mensahFamily();
        fletcherFamily();
        singhFamily();
        thompsonFamily();
        evansFamily();
        robinsonFamily();
        dawsonFamily();
        murphyFamily();
        greenwoodFosterHousehold();
        blakeFamily();
        clarkeFamily();

        checkEveryCircumstanceTypeAppears();
        return new Built(List.copyOf(agencies), List.copyOf(practitioners), List.copyOf(users),
                List.copyOf(skippedUsernames), List.copyOf(families), List.copyOf(declinedConsents),
                List.copyOf(cases));
    }

    // ---------------------------------------------------------------------------------------------------
    // Agencies, practitioners, logins

    private void createAgencies() {
        socialCare = agency("Northbridge Children's Social Care", AgencyType.LOCAL_AUTHORITY_CHILDRENS_SERVICES);
        earlyHelpHub = agency("Northbridge Early Help Hub", AgencyType.EARLY_HELP);
        riverside = agency("Riverside Primary School", AgencyType.SCHOOL);
        academy = agency("Northbridge Academy", AgencyType.SCHOOL);
        health = agency("Northbridge Health Visiting and School Nursing Service", AgencyType.HEALTH);
        police = agency("Northbridge Police Early Intervention Team", AgencyType.POLICE);
        housing = agency("Northbridge Homes Tenancy Support", AgencyType.HOUSING);
        youthJustice = agency("Northbridge Youth Justice Service", AgencyType.YOUTH_JUSTICE);
        camhs = agency("Northbridge CAMHS", AgencyType.MENTAL_HEALTH);
        harbour = agency("Harbour Family Trust", AgencyType.VOLUNTARY_SECTOR);
    }

    private Agency agency(String name, AgencyType type) {
        Agency agency = new Agency(name, type);
        agencies.add(agency);
        return agency;
    }

    private void createPractitioners() {
        String council = "northbridge.example";
        helen = practitioner("Helen", "Marsh", council, PractitionerRole.SENIOR_MANAGER, socialCare,
                "Head of Service, Children's Social Care", "01632 960101", null, 0);
        daniel = practitioner("Daniel", "Okafor", council, PractitionerRole.SOCIAL_WORKER, socialCare,
                "Team Manager, Assessment and Intervention", "01632 960102", helen, 2);
        priya = practitioner("Priya", "Shah", council, PractitionerRole.SOCIAL_WORKER, socialCare,
                "Senior Social Worker", "01632 960103", daniel, 12);
        tom = practitioner("Tom", "Bennett", council, PractitionerRole.SOCIAL_WORKER, socialCare,
                "Social Worker (ASYE, newly qualified)", "01632 960104", daniel, 4);
        tom.setNewlyQualified(true);
        rebecca = practitioner("Rebecca", "Lloyd", council, PractitionerRole.SOCIAL_WORKER, socialCare,
                "Social Worker, Children in Care Team", "01632 960105", daniel, 12);
        grace = practitioner("Grace", "Adeyemi", council, PractitionerRole.PERSONAL_ADVISER, socialCare,
                "Personal Adviser, Leaving Care Team", "01632 960106", helen, 15);

        mark = practitioner("Mark", "Ellison", council, PractitionerRole.SENIOR_MANAGER, earlyHelpHub,
                "Head of Early Help", "01632 960110", null, 0);
        sarah = practitioner("Sarah", "Whitfield", council, PractitionerRole.EARLY_HELP_COORDINATOR, earlyHelpHub,
                "Early Help Coordinator", "01632 960111", mark, 2);
        joanne = practitioner("Joanne", "Price", council, PractitionerRole.FAMILY_WORKER, earlyHelpHub,
                "Team Leader, Family Support", "01632 960112", mark, 3);
        liam = practitioner("Liam", "Carter", council, PractitionerRole.FAMILY_WORKER, earlyHelpHub,
                "Family Support Worker", "01632 960113", joanne, 6);
        aisha = practitioner("Aisha", "Rahman", council, PractitionerRole.FAMILY_WORKER, earlyHelpHub,
                "Family Support Worker", "01632 960114", joanne, 6);
        kieran = practitioner("Kieran", "Doyle", council, PractitionerRole.YOUTH_WORKER, earlyHelpHub,
                "Youth Worker (young carers and detached youth work)", "01632 960115", mark, 4);

        claire = practitioner("Claire", "Donnelly", "riverside-primary.example",
                PractitionerRole.DESIGNATED_SAFEGUARDING_LEAD, riverside,
                "Deputy Headteacher and Designated Safeguarding Lead", "01632 960120", null, 2);
        emma = practitioner("Emma", "Hughes", "riverside-primary.example", PractitionerRole.SENCO, riverside,
                "SENCO", "01632 960121", claire, 3);
        james = practitioner("James", "Whitaker", "northbridge-academy.example", PractitionerRole.TEACHER, academy,
                "Head of Year 9 and pastoral lead", "01632 960130", null, 2);

        ruth = practitioner("Ruth", "Ansah", "nbhealth.example", PractitionerRole.HEALTH_VISITOR, health,
                "Health Visiting Team Leader", "01632 960140", null, 2);
        fiona = practitioner("Fiona", "McLeod", "nbhealth.example", PractitionerRole.HEALTH_VISITOR, health,
                "Health Visitor", "01632 960141", ruth, 5);
        chloe = practitioner("Chloe", "Barker", "nbhealth.example", PractitionerRole.SCHOOL_NURSE, health,
                "School Nurse", "01632 960142", ruth, 4);

        andrew = practitioner("Andrew", "Stone", "police.northbridge.example", PractitionerRole.POLICE_OFFICER, police,
                "Police Constable, Early Intervention Team", "01632 960150", null, 0);
        michelle = practitioner("Michelle", "Grant", "nbhomes.example", PractitionerRole.HOUSING_SUPPORT_WORKER,
                housing, "Tenancy Sustainment Officer", "01632 960160", null, 3);
        marcus = practitioner("Marcus", "Reid", council, PractitionerRole.YJS_SUPERVISING_OFFICER, youthJustice,
                "Youth Justice Supervising Officer", "01632 960170", null, 6);
        hannah = practitioner("Hannah", "Patel", "nbhealth.example", PractitionerRole.CAMHS_CARE_COORDINATOR, camhs,
                "Care Coordinator, Community CAMHS", "01632 960180", null, 4);
        sophie = practitioner("Sophie", "Turner", "harbourfamilytrust.example", PractitionerRole.KEY_WORKER, harbour,
                "Designated Key Worker, children with complex disabilities", "01632 960190", null, 6);
    }

    private Practitioner practitioner(String given, String familyName, String domain, PractitionerRole role,
            Agency agency, String jobTitle, String phone, Practitioner lineManager, int leadCaseCapacity) {
        String email = (given + "." + familyName).toLowerCase(java.util.Locale.ROOT) + "@" + domain;
        Practitioner p = new Practitioner(given, familyName, email, role, agency);
        p.setJobTitle(jobTitle);
        p.setPhone(phone);
        p.assignLineManager(lineManager, lineManager == null ? null : cal.monthsAgo(18));
        p.changeLeadCaseCapacity(leadCaseCapacity);
        practitioners.add(p);
        return p;
    }

    private void createLogins() {
        login("practitioner", liam, AppRole.PRACTITIONER);
        login("supervisor", joanne, AppRole.PRACTITIONER, AppRole.SUPERVISOR);
        login("coordinator", sarah, AppRole.COORDINATOR, AppRole.PRACTITIONER);
        login("admin", null, AppRole.ADMIN);
        login("socialworker", priya, AppRole.PRACTITIONER);
        login("teammanager", daniel, AppRole.PRACTITIONER, AppRole.SUPERVISOR);
        login("senco", emma, AppRole.PRACTITIONER);
        login("healthvisitor", fiona, AppRole.PRACTITIONER);
    }

    private void login(String username, Practitioner practitioner, AppRole first, AppRole... more) {
        if (usernameTaken.test(username)) {
            skippedUsernames.add(username);
            return;
        }
        users.add(new UserAccount(username, passwordHash, practitioner, EnumSet.of(first, more)));
    }

    // ---------------------------------------------------------------------------------------------------
    // Families and their cases. Each method tells one family's story.

    /** Level 1 Plus: a primary school worry about attendance; the demo family worker is involved. */
    private void hollisFamily() {
        LocalDate opened = cal.monthsAgo(2);
        Family f = family("Hollis family", "14 Canal Row", "NB2 4QX", claire, opened);
        FamilyMember kerry = adult(f, "Kerry", "Hollis", Relationship.MOTHER, true, "07700 900101");
        FamilyMember dean = adult(f, "Dean", "Hollis", Relationship.FATHER, true, null);
        Child mia = child(f, "Mia", "Hollis", cal.bornAged(8, 3), SenStatus.SEN_SUPPORT, kerry, dean);
        Child alfie = child(f, "Alfie", "Hollis", cal.bornAged(5, 1), SenStatus.NONE, kerry, dean);
        openCase("EH-DEMO-01", f, List.of(mia, alfie), "LEVEL_1_PLUS", CaseOrigin.EARLY_HELP_ASSESSMENT, kerry,
                opened, claire, List.of(liam, emma),
                "Mia's attendance has fallen to 86% this term and she is often late; staff say she is quiet and"
                        + " withdrawn. Mia has SEN support for speech and language. Alfie has settled well in"
                        + " Reception. Parents describe arguments at home since Dean's hours were cut, and they are"
                        + " behind with bills. They asked for help with morning routines and money advice.");
    }

    /** Level 2: separated parents, the children live with mum, who consented; police, housing, school, health. */
    private void nowakFamily() {
        LocalDate opened = cal.weeksAgo(6);
        Family f = family("Nowak family", "Flat 3, 27 Mill Lane", "NB1 7RT", liam, opened);
        f.recordParentsSeparated(true);
        FamilyMember agnieszka = adult(f, "Agnieszka", "Nowak", Relationship.MOTHER, true, "07700 900102");
        adult(f, "Piotr", "Nowak", Relationship.FATHER, true, "07700 900103"); // lives elsewhere
        Child zofia = child(f, "Zofia", "Nowak", cal.bornAged(13, 7), SenStatus.NONE, agnieszka);
        Child kacper = child(f, "Kacper", "Nowak", cal.bornAged(10, 2), SenStatus.NONE, agnieszka);
        openCase("EH-DEMO-02", f, List.of(zofia, kacper), "LEVEL_2_ESCALATING", CaseOrigin.EARLY_HELP_ASSESSMENT,
                agnieszka, opened, liam, List.of(andrew, michelle, james, chloe),
                "The parents separated in the spring. Police attended a verbal argument between them at a"
                        + " handover of the children (notification shared with the schools). Since then Zofia"
                        + " (Year 9) has missed lessons and told the school nurse she cannot sleep; Kacper is"
                        + " anxious before contact weekends. Mum has fallen behind with the rent and has a letter"
                        + " from the landlord. Mum wants support for the children and with housing; dad knows about"
                        + " the plan and supports it.");
    }

    /** Level 1 Plus: a baby and a toddler, mum's low mood and overcrowding; opened by the health visitor. */
    private void ahmedFamily() {
        LocalDate opened = cal.workingDaysAgo(8);
        Family f = family("Ahmed family", "Flat 12, Beacon House, Station Road", "NB3 2LP", fiona, opened);
        FamilyMember shapla = adult(f, "Shapla", "Begum", Relationship.MOTHER, true, "07700 900104");
        FamilyMember rafiq = adult(f, "Rafiq", "Ahmed", Relationship.FATHER, true, null);
        Child ayaan = child(f, "Ayaan", "Ahmed", cal.bornWeeksAgo(7), SenStatus.NONE, shapla, rafiq);
        Child inaya = child(f, "Inaya", "Ahmed", cal.bornAged(3, 4), SenStatus.NONE, shapla, rafiq);
        openCase("EH-DEMO-03", f, List.of(ayaan, inaya), "LEVEL_1_PLUS", CaseOrigin.EARLY_HELP_ASSESSMENT, shapla,
                opened, fiona, List.of(liam, michelle),
                "Mum's mood has been low since Ayaan was born (raised score at the six-week contact; her GP has"
                        + " started treatment). The family of four live in a damp one-bedroom flat. Inaya's sleep"
                        + " and speech are behind for her age. Parents would like help with a housing transfer, a"
                        + " place at a stay-and-play group for Inaya and support for mum.");
    }

    /** Level 2: a kinship carer (special guardian); a youth justice order and a child open to social care. */
    private void walshFamily() {
        LocalDate opened = cal.monthsAgo(3);
        Family f = family("Walsh family", "8 Orchard Close", "NB4 1HS", kieran, opened);
        FamilyMember maureen = adult(f, "Maureen", "Walsh", Relationship.KINSHIP_CARER, true, "07700 900105");
        FamilyMember ken = adult(f, "Ken", "Walsh", Relationship.GRANDPARENT, false, null);
        Child tyler = child(f, "Tyler", "Walsh", cal.bornAged(15, 5), SenStatus.NONE, maureen, ken);
        Child ruby = child(f, "Ruby", "Walsh", cal.bornAged(11, 8), SenStatus.NONE, maureen, ken);
        circumstance(tyler, CircumstanceType.YOUTH_JUSTICE_ORDER, cal.monthsAgo(4), null, marcus,
                "Youth rehabilitation order (12 months) with a supervision requirement.");
        circumstance(ruby, CircumstanceType.OPEN_TO_SOCIAL_CARE, cal.monthsAgo(8), null, tom,
                "Allocated social worker reviewing the special guardianship support plan.");
        openCase("EH-DEMO-04", f, List.of(tyler, ruby), "LEVEL_2_ESCALATING", CaseOrigin.EARLY_HELP_ASSESSMENT,
                maureen, opened, kieran, List.of(marcus, james, tom),
                "Tyler (Year 11) is on a youth rehabilitation order after stealing from shops with older young"
                        + " people; workers worry he is being drawn in by them. He is on a part-time timetable."
                        + " Ruby is doing well at school but is anxious about her brother. Grandma, the children's"
                        + " special guardian, is tired and worried about managing both children and her own health.");
    }

    /** Child protection: both children on plans; the social worker opened the case to coordinate the network. */
    private void mensahFamily() {
        LocalDate planStart = cal.monthsAgo(4);
        LocalDate opened = DemoCalendar.workingDaysAfter(planStart, 3);
        Family f = family("Mensah family", "41 Foundry Street", "NB1 3DW", priya, opened);
        FamilyMember abena = adult(f, "Abena", "Mensah", Relationship.MOTHER, true, "07700 900106");
        FamilyMember lee = adult(f, "Lee", "Harding", Relationship.STEP_PARENT, false, null);
        Child kofi = child(f, "Kofi", "Mensah", cal.bornAged(6, 10), SenStatus.NONE, abena, lee);
        Child esi = child(f, "Esi", "Mensah", cal.bornAged(2, 1), SenStatus.NONE, abena, lee);
        String plan = "Initial child protection conference: category neglect. Review conference in three months.";
        circumstance(kofi, CircumstanceType.CHILD_PROTECTION_PLAN, planStart, null, priya, plan);
        circumstance(esi, CircumstanceType.CHILD_PROTECTION_PLAN, planStart, null, priya, plan);
        openCase("EH-DEMO-05", f, List.of(kofi, esi), "CHILD_PROTECTION", CaseOrigin.EARLY_HELP_ASSESSMENT, abena,
                opened, priya, List.of(aisha, fiona, claire, andrew),
                "Kofi and Esi are subject to child protection plans (neglect). Home conditions are poor; Esi has"
                        + " missed immunisations and two health appointments; Kofi often arrives at school hungry."
                        + " Mum is working with the family worker on routines and budgeting. The core group uses"
                        + " this case to coordinate the network between meetings.");
    }

    /** The stepped-up case: early help did not bring enough change; a child in need assessment is under way. */
    private void fletcherFamily() {
        LocalDate opened = cal.monthsAgo(5);
        LocalDate steppedUp = cal.workingDaysAgo(12);
        Family f = family("Fletcher family", "5 Weavers Court", "NB2 9JE", aisha, opened);
        FamilyMember lisa = adult(f, "Lisa", "Fletcher", Relationship.MOTHER, true, "07700 900107");
        Child oscar = child(f, "Oscar", "Fletcher", cal.bornAged(9, 6), SenStatus.NONE, lisa);
        EarlyHelpCase c = openCase("EH-DEMO-06", f, List.of(oscar), "LEVEL_2_ESCALATING",
                CaseOrigin.EARLY_HELP_ASSESSMENT, lisa, opened, aisha, List.of(claire, chloe),
                "Oscar is often late and tired, and mum has missed appointments about his weight. Mum says she"
                        + " is drinking more since losing her job and would like help with routines and money.");
        c.stepUp(steppedUp, "Despite five months of early help the worries have grown: Oscar has lost weight, mum's"
                + " drinking has increased and she missed the last two TAF meetings. The TAF agreed that the"
                + " threshold for a social care assessment is met. Referral made to the MASH with the latest Signs"
                + " of Safety mapping (scaling 3/10).");
        circumstance(oscar, CircumstanceType.CHILD_IN_NEED_ASSESSMENT, cal.workingDaysAgo(10), null, tom,
                "Single assessment (45 working days), allocated after the step-up from early help.");
    }

    /** Statutory child in need: a young carer; the assessment before the plan is kept as history. */
    private void singhFamily() {
        LocalDate assessed = cal.monthsAgo(5);
        LocalDate assessmentEnd = DemoCalendar.workingDaysAfter(assessed, 40);
        LocalDate planStart = DemoCalendar.workingDaysAfter(assessmentEnd, 1);
        LocalDate opened = DemoCalendar.workingDaysAfter(planStart, 5);
        Family f = family("Singh family", "63 Alder Road", "NB3 6TU", priya, opened);
        FamilyMember harpreet = adult(f, "Harpreet", "Kaur", Relationship.MOTHER, true, "07700 900108");
        FamilyMember jaswinder = adult(f, "Jaswinder", "Singh", Relationship.FATHER, true, null);
        Child simran = child(f, "Simran", "Singh", cal.bornAged(14, 2), SenStatus.SEN_SUPPORT, harpreet, jaswinder);
        Child arjun = child(f, "Arjun", "Singh", cal.bornAged(7, 9), SenStatus.NONE, harpreet, jaswinder);
        circumstance(simran, CircumstanceType.CHILD_IN_NEED_ASSESSMENT, assessed, assessmentEnd, priya,
                "Single assessment completed: Simran is a child in need as a young carer.");
        circumstance(simran, CircumstanceType.CHILD_IN_NEED, planStart, null, priya,
                "Child in need plan: carers' assessment for mum, young carers group, adapted housing application.");
        openCase("EH-DEMO-07", f, List.of(simran, arjun), "STATUTORY_CIN", CaseOrigin.EARLY_HELP_ASSESSMENT,
                harpreet, opened, priya, List.of(kieran, james),
                "Simran is a young carer for mum, who has multiple sclerosis; her attendance and homework have"
                        + " suffered and she says she feels alone. Dad works nights. The child in need plan agreed a"
                        + " carers' assessment for mum, the young carers group for Simran and after-school support"
                        + " for Arjun. Social care remain involved while the adapted-housing application is funded.");
    }

    /** Level 2: a teenager under CAMHS on the care programme approach; opened by the school nurse. */
    private void thompsonFamily() {
        LocalDate opened = cal.weeksAgo(7);
        Family f = family("Thompson family", "2 Lark Rise", "NB4 8BN", chloe, opened);
        FamilyMember karen = adult(f, "Karen", "Thompson", Relationship.MOTHER, true, "07700 900109");
        Child ellie = child(f, "Ellie", "Thompson", cal.bornAged(16, 2), SenStatus.NONE, karen);
        Child josh = child(f, "Josh", "Thompson", cal.bornAged(12, 6), SenStatus.NONE, karen);
        circumstance(ellie, CircumstanceType.MENTAL_HEALTH_CPA, cal.weeksAgo(9), null, hannah,
                "Community CAMHS, care programme approach after a hospital admission.");
        openCase("EH-DEMO-08", f, List.of(ellie, josh), "LEVEL_2_ESCALATING", CaseOrigin.EARLY_HELP_ASSESSMENT,
                karen, opened, chloe, List.of(hannah, james, aisha),
                "Ellie (Year 12) was admitted to hospital after self-harm and is now under CAMHS on the care"
                        + " programme approach; she is back at school part-time with a return plan. Josh is"
                        + " struggling with what happened and refuses school some days. Mum works shifts and asks for"
                        + " help supporting both children.");
    }

    /** Level 1 Plus: a 19-year-old with an EHCP and a designated key worker, and his younger sister. */
    private void evansFamily() {
        LocalDate opened = cal.weeksAgo(5);
        Family f = family("Evans family", "19 Heath View", "NB2 5AG", sophie, opened);
        FamilyMember sian = adult(f, "Siân", "Evans", Relationship.MOTHER, true, "07700 900110");
        FamilyMember gareth = adult(f, "Gareth", "Evans", Relationship.FATHER, true, null);
        Child owen = child(f, "Owen", "Evans", cal.bornAged(19, 4), SenStatus.EHCP, sian, gareth);
        Child cerys = child(f, "Cerys", "Evans", cal.bornAged(9, 5), SenStatus.SEN_SUPPORT, sian, gareth);
        circumstance(owen, CircumstanceType.COMPLEX_NEEDS_KEY_WORKER, cal.monthsAgo(30), null, sophie,
                "Cerebral palsy and a learning disability; the designated key worker coordinates health, college"
                        + " and short breaks.");
        openCase("EH-DEMO-09", f, List.of(owen, cerys), "LEVEL_1_PLUS", CaseOrigin.EARLY_HELP_ASSESSMENT, sian,
                opened, sophie, List.of(emma, michelle),
                "Owen (19, EHCP) finishes his college course next summer and the family worry about what comes"
                        + " next (adult social care, day opportunities). Cerys has SEN support for dyslexia and is"
                        + " upset at bedtime; parents feel she gets less of their attention. Owen's night-time care"
                        + " affects their sleep. They ask for short breaks, help with a ground-floor adaptation and a"
                        + " plan for Owen's move to adult services.");
    }

    /** Level 2, stepped down from children's social care; the step-down TAF is still to decide who leads. */
    private void robinsonFamily() {
        LocalDate planEnd = cal.workingDaysAgo(16);
        LocalDate opened = cal.workingDaysAgo(15);
        Family f = family("Robinson family", "30 Kiln Street", "NB1 4YF", tom, cal.monthsAgo(9));
        FamilyMember stacey = adult(f, "Stacey", "Robinson", Relationship.MOTHER, true, "07700 900111");
        Child summer = child(f, "Summer", "Robinson", cal.bornAged(8, 1), SenStatus.NONE, stacey);
        Child mason = child(f, "Mason", "Robinson", cal.bornAged(4, 3), SenStatus.NONE, stacey);
        String plan = "Child in need plan (parental alcohol use); closed to social care with a step-down to early help.";
        circumstance(summer, CircumstanceType.CHILD_IN_NEED, cal.monthsAgo(9), planEnd, tom, plan);
        circumstance(mason, CircumstanceType.CHILD_IN_NEED, cal.monthsAgo(9), planEnd, tom, plan);
        openCase("EH-DEMO-10", f, List.of(summer, mason), "LEVEL_2_ESCALATING", CaseOrigin.STEP_DOWN_FROM_SOCIAL_CARE,
                stacey, opened, tom, List.of(aisha, claire),
                "Stepped down after nine months of a child in need plan: mum is in recovery from alcohol use and"
                        + " attends a support group. Remaining worries: routines, Mason's speech and Summer's school"
                        + " attendance. The step-down TAF will agree who leads; mum would like the family worker she"
                        + " already knows.");
    }

    /** Level 1 Plus: separated parents, the child lives with dad, who consented; opened by the hub. */
    private void dawsonFamily() {
        LocalDate opened = cal.weeksAgo(4);
        Family f = family("Dawson family", "72 Chapel Street", "NB3 1QA", sarah, opened);
        f.recordParentsSeparated(true);
        FamilyMember craig = adult(f, "Craig", "Dawson", Relationship.FATHER, true, "07700 900112");
        adult(f, "Leanne", "Dawson", Relationship.MOTHER, true, null); // lives in another town
        Child ethan = child(f, "Ethan", "Dawson", cal.bornAged(12, 7), SenStatus.NONE, craig);
        openCase("EH-DEMO-11", f, List.of(ethan), "LEVEL_1_PLUS", CaseOrigin.EARLY_HELP_ASSESSMENT, craig, opened,
                sarah, List.of(james, kieran),
                "Ethan (Year 8) moved to live with dad in the summer. He is anxious, rarely leaves his room outside"
                        + " school and has been in fights at school. Dad wants help to understand Ethan's anxiety and"
                        + " to find activities for him; mum agrees with the plan.");
    }

    /** The closed case: needs met, closed with a sustainability plan agreed with mum and the TAF. */
    private void murphyFamily() {
        LocalDate opened = cal.monthsAgo(9);
        LocalDate closed = cal.workingDaysAgo(25);
        Family f = family("Murphy family", "11 Ropewalk", "NB2 3EX", liam, opened);
        FamilyMember siobhan = adult(f, "Siobhan", "Murphy", Relationship.MOTHER, true, "07700 900113");
        Child connor = child(f, "Connor", "Murphy", cal.bornAged(10, 0), SenStatus.NONE, siobhan);
        Child niamh = child(f, "Niamh", "Murphy", cal.bornAged(6, 4), SenStatus.NONE, siobhan);
        EarlyHelpCase c = openCase("EH-DEMO-12", f, List.of(connor, niamh), "LEVEL_1_PLUS",
                CaseOrigin.EARLY_HELP_ASSESSMENT, siobhan, opened, liam, List.of(claire, chloe),
                "Connor's attendance was 81% and he was anxious about leaving mum, who had low mood after a"
                        + " bereavement. Niamh was wetting the bed again. Mum asked for help with routines.");
        c.close(ClosureReason.SUSTAINABILITY_PLAN_AGREED, closed,
                "Sustainability plan agreed at the final TAF: mum keeps the morning routine chart and the bedtime"
                        + " plan; Connor keeps his place at the school's lunchtime club; mum continues with her"
                        + " bereavement counselling. If worries come back (missed school, mum's mood dipping) mum will"
                        + " talk to the school's designated safeguarding lead or her GP first, and can ask the Early"
                        + " Help Hub for help again on 01632 960100. School reviews Connor's attendance each"
                        + " half-term. Attendance now 96%.");
    }

    /**
     * Foster carers do not hold parental responsibility, so they cannot consent to early help: these looked
     * after children have statutory circumstances but no early help case.
     */
    private void greenwoodFosterHousehold() {
        Family f = family("Greenwood household (foster carers)", "3 Willow Gardens", "NB4 6PZ", rebecca,
                cal.monthsAgo(15));
        FamilyMember paul = adult(f, "Paul", "Greenwood", Relationship.FOSTER_CARER, false, "07700 900114");
        FamilyMember diane = adult(f, "Diane", "Greenwood", Relationship.FOSTER_CARER, false, "07700 900115");
        Child jayden = child(f, "Jayden", "Cole", cal.bornAged(17, 3), SenStatus.NONE, paul, diane);
        Child leah = child(f, "Leah", "Doherty", cal.bornAged(12, 4), SenStatus.NONE, paul, diane);
        Child poppy = child(f, "Poppy", "Harris", cal.bornAged(1, 8), SenStatus.NONE, paul, diane);
        circumstance(jayden, CircumstanceType.LOOKED_AFTER, cal.monthsAgo(38), null, rebecca,
                "Accommodated at 14; long-term foster placement.");
        circumstance(jayden, CircumstanceType.CARE_LEAVER_ELIGIBLE, jayden.getDateOfBirth().plusYears(16), null,
                rebecca, "Eligible child: pathway plan in place; the social worker also acts as personal adviser.");
        circumstance(leah, CircumstanceType.LOOKED_AFTER, cal.monthsAgo(14), null, rebecca,
                "Care order; placed with her foster carers since coming into care.");
        circumstance(poppy, CircumstanceType.LOOKED_AFTER, cal.monthsAgo(15), null, rebecca,
                "Placed at five months old.");
        circumstance(poppy, CircumstanceType.ADOPTION_PLAN, cal.monthsAgo(3), null, rebecca,
                "Placement order granted; family finding under way.");
    }

    /** A "relevant" care leaver: left care at 16, now in supported lodgings with a personal adviser. */
    private void blakeFamily() {
        LocalDate leftCare = cal.monthsAgo(10);
        Family f = family("Blake family", "22 Tanner's Yard", "NB1 9GL", grace, leftCare);
        adult(f, "Donna", "Blake", Relationship.MOTHER, true, null);
        Child courtney = child(f, "Courtney", "Blake", cal.bornAged(17, 8), SenStatus.NONE); // supported lodgings
        circumstance(courtney, CircumstanceType.LOOKED_AFTER, cal.monthsAgo(40), leftCare.minusDays(1), rebecca,
                "Accommodated at 14 (section 20).");
        circumstance(courtney, CircumstanceType.CARE_LEAVER_RELEVANT, leftCare, null, grace,
                "Left care at 16 to live in supported lodgings; pathway plan reviewed every six months.");
    }

    /** The declined consent: logged against the family, so there is no case. */
    private void clarkeFamily() {
        LocalDate declined = cal.workingDaysAgo(9);
        Family f = family("Clarke family", "9 Brook Terrace", "NB3 4WS", fiona, declined);
        FamilyMember natalie = adult(f, "Natalie", "Clarke", Relationship.MOTHER, true, "07700 900116");
        FamilyMember ryan = adult(f, "Ryan", "Clarke", Relationship.FATHER, true, null);
        child(f, "Harvey", "Clarke", cal.bornAged(2, 4), SenStatus.NONE, natalie, ryan);
        declinedConsents.add(ConsentRecord.decline(f, natalie, declined,
                "Offered an early help assessment at Harvey's two-year review (speech, sleep). Parents declined:"
                        + " they prefer to carry on with universal health visiting and the speech and language"
                        + " drop-in. Health visitor to review at the next contact; parents know how to ask for help.",
                fiona));
    }

    // ---------------------------------------------------------------------------------------------------
    // Building blocks

    private Family family(String name, String addressLine1, String postcode, Practitioner registeredBy,
            LocalDate registeredOn) {
        Family f = new Family(name, cal.morningOf(registeredOn));
        f.updateAddress(addressLine1, null, TOWN, postcode);
        f.setLocalReference(String.format("DEMO-F%02d", families.size() + 1));
        f.registerBy(registeredBy);
        families.add(f);
        return f;
    }

    private static FamilyMember adult(Family f, String given, String familyName, Relationship relationship,
            boolean parentalResponsibility, String phone) {
        FamilyMember m = f.addMember(given, familyName, relationship, parentalResponsibility);
        if (phone != null) {
            m.updateContactDetails(null, phone);
        }
        return m;
    }

    private static Child child(Family f, String given, String familyName, LocalDate born, SenStatus sen,
            FamilyMember... livesWith) {
        Child c = f.addChild(given, familyName, born, sen);
        for (FamilyMember m : livesWith) {
            c.recordLivesWith(m);
        }
        return c;
    }

    private static void circumstance(Child child, CircumstanceType type, LocalDate start, LocalDate end,
            Practitioner responsible, String note) {
        StatutoryCircumstance s = child.addCircumstance(type, start, end, responsible);
        s.setNote(note);
    }

    /**
     * Opens a case as the case service would: the family's consent (given two working days before, to share
     * with the agencies of everyone involved and the hub), one open case per child, the initiator as a member,
     * and the other practitioners involved from the initial TAF (about two weeks later, if that has happened).
     */
    private EarlyHelpCase openCase(String reference, Family family, List<Child> children, String needLevel,
            CaseOrigin origin, FamilyMember consentBy, LocalDate openedOn, Practitioner initiator,
            List<Practitioner> involved, String presentingNeeds) {
        for (Child child : children) {
            long open = cases.stream().filter(c -> c.isOpen() && c.covers(child)).count();
            EarlyHelpCase.ensureNoOtherOpenCase(child, open);
        }
        Set<Agency> sharing = new LinkedHashSet<>();
        sharing.add(earlyHelpHub);
        sharing.add(initiator.getAgency());
        involved.forEach(p -> sharing.add(p.getAgency()));
        String scope = (origin == CaseOrigin.STEP_DOWN_FROM_SOCIAL_CARE ? "Agreed at the step-down meeting"
                : "Agreed at the early help assessment")
                + ": information may be shared with the agencies listed, for the Team Around the Family. "
                + sharing.stream().map(Agency::getName).collect(Collectors.joining(", ")) + ".";
        ConsentRecord consent = ConsentRecord.give(family, consentBy, DemoCalendar.workingDaysBefore(openedOn, 2),
                sharing, scope, initiator);
        EarlyHelpCase c = EarlyHelpCase.open(reference, family, new LinkedHashSet<>(children),
                needLevels.apply(needLevel), origin, consent, initiator, openedOn, presentingNeeds);
        LocalDate initialTaf = cal.meetingAfter(openedOn, 10);
        for (Practitioner p : involved) {
            c.addMember(p, MembershipKind.INVOLVED, initialTaf);
        }
        cases.add(c);
        return c;
    }

    /** The demo promises one child in every statutory circumstance (docs/demo-data.md): keep that promise. */
    private void checkEveryCircumstanceTypeAppears() {
        Set<CircumstanceType> missing = EnumSet.allOf(CircumstanceType.class);
        families.stream().flatMap(f -> f.getChildren().stream()).flatMap(c -> c.getCircumstances().stream())
                .forEach(s -> missing.remove(s.getType()));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The demo data has no child with these circumstances: " + missing
                    + ". Add one to a family in Northbridge.java (and to docs/demo-data.md).");
        }
    }
}
