-- Seeds a PostgreSQL schema (already migrated by Flyway) with an authority-sized, entirely synthetic
-- data set for the benchmark. :families is the number of families (default run: 200000); every family
-- has two parents, one or two children and one case (60% open), each case three practitioners.
-- Ids start at 100000000, far above the application's sequence.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE surnames(n int, name text) ON COMMIT DROP;
INSERT INTO surnames
SELECT ordinality - 1, name FROM unnest(string_to_array(
 'Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Patel,Robinson,Wright,Thompson,Evans,Walker,White,Roberts,Green,Hall,Thomas,Clarke,Jackson,Wood,Harris,Edwards,Turner,Martin,Cooper,Hill,Ward,Hughes,Moore,Clark,King,Harrison,Lewis,Baker,Lee,Allen,Morris,Khan,Scott,Watson,Davis,Parker,James,Bennett,Young,Phillips,Richardson,Mitchell,Bailey,Carter,Cook,Singh,Shaw,Bell,Collins,Morgan,Kelly,Begum,Miller,Cox,Hussain,Marshall,Simpson,Price,Anderson,Adams,Wilkinson,Ali,Ahmed,Foster,Ellis,Murphy,Chapman,Mason,Gray,Richards,Webb,Griffiths,Hunt,Palmer,Campbell,Holmes,Mills,Rogers,Barnes,Knight,Matthews,Barker,Powell,Stevens,Kaur,Fisher,Butler,Dixon,Russell,Harvey,Pearson,Graham', ',')) WITH ORDINALITY AS t(name, ordinality);

INSERT INTO agency(id, version, name, agency_type, active)
SELECT 100000000 + a, 1, 'Bench agency ' || a,
       (ARRAY['LOCAL_AUTHORITY_CHILDRENS_SERVICES','EARLY_HELP','SCHOOL','HEALTH','POLICE','HOUSING','YOUTH_JUSTICE','VOLUNTARY_SECTOR'])[1 + a % 8], TRUE
FROM generate_series(1, 40) a;

-- 4000 practitioners in teams of ten; the first of each team manages the other nine
INSERT INTO practitioner(id, version, given_name, family_name, email, role, agency_id, line_manager_id, newly_qualified, lead_case_capacity, active)
SELECT 100000000 + p, 1, 'Bench', 'Practitioner' || p, 'bench.practitioner' || p || '@bench.example',
       (ARRAY['SOCIAL_WORKER','FAMILY_WORKER','TEACHER','HEALTH_VISITOR','SCHOOL_NURSE','YOUTH_WORKER','SENCO','HOUSING_SUPPORT_WORKER'])[1 + p % 8],
       100000001 + (p % 40), CASE WHEN p % 10 = 1 THEN NULL ELSE 100000000 + p - ((p - 1) % 10) END, FALSE, 8, TRUE
FROM generate_series(1, 4000) p;

INSERT INTO family(id, version, family_name, town, postcode, parents_separated, created_at, registered_by_id)
SELECT 200000000 + f, 1, s.name || ' family', 'Benchton', 'BN' || (1 + f % 30) || ' ' || (f % 10) || 'AB', f % 5 = 0,
       '2026-01-01T09:00:00.000000Z', 100000001 + (f % 4000)
FROM generate_series(1, :families) f JOIN surnames s ON s.n = f % 100;

INSERT INTO family_member(id, version, family_id, given_name, family_name, relationship, holds_parental_responsibility)
SELECT 300000000 + f * 2 + m, 1, 200000000 + f, CASE m WHEN 0 THEN 'Alex' ELSE 'Sam' END, s.name,
       CASE m WHEN 0 THEN 'MOTHER' ELSE 'FATHER' END, TRUE
FROM generate_series(1, :families) f JOIN surnames s ON s.n = f % 100 CROSS JOIN generate_series(0, 1) m;

-- one child per family, a second in every other family
INSERT INTO child(id, version, family_id, given_name, family_name, date_of_birth, sen_status)
SELECT 400000000 + f * 2 + c, 1, 200000000 + f, (ARRAY['Amy','Ben','Cara','Dev','Ella','Finn','Gia','Hal'])[1 + (f + c) % 8], s.name,
       DATE '2010-01-01' + ((f * 7 + c * 400) % 5000), CASE WHEN f % 17 = 0 THEN 'EHCP' ELSE 'NONE' END
FROM generate_series(1, :families) f JOIN surnames s ON s.n = f % 100 CROSS JOIN generate_series(0, 1) c
WHERE c = 0 OR f % 2 = 0;

INSERT INTO child_lives_with(child_id, member_id)
SELECT ch.id, 300000000 + (ch.family_id - 200000000) * 2 FROM child ch WHERE ch.id >= 400000000;

INSERT INTO eh_case(id, version, reference, family_id, need_level_id, origin, status, opened_on, opened_by_id, presenting_needs,
                    closed_on, closure_reason, closure_note, retention_review_on)
SELECT 500000000 + f, 1, 'EH-B' || lpad(f::text, 8, '0'), 200000000 + f, 2 + f % 3, 'EARLY_HELP_ASSESSMENT',
       CASE WHEN f % 5 < 3 THEN 'OPEN' ELSE 'CLOSED' END, DATE '2025-01-01' + (f % 600), 100000001 + (f % 4000),
       'Synthetic benchmark case',
       CASE WHEN f % 5 < 3 THEN NULL ELSE DATE '2026-09-01' END,
       CASE WHEN f % 5 < 3 THEN NULL ELSE 'SUSTAINABILITY_PLAN_AGREED' END,
       CASE WHEN f % 5 < 3 THEN NULL ELSE 'Family plan agreed at the closing TAF' END,
       CASE WHEN f % 5 < 3 THEN NULL ELSE DATE '2032-09-01' END
FROM generate_series(1, :families) f;

INSERT INTO case_child(case_id, child_id)
SELECT 500000000 + (ch.family_id - 200000000), ch.id FROM child ch WHERE ch.id >= 400000000;

INSERT INTO consent_record(id, version, family_id, case_id, decision, given_by_id, decided_on, recorded_at, recorded_by_id)
SELECT 600000000 + f, 1, 200000000 + f, 500000000 + f, 'GIVEN', 300000000 + f * 2, DATE '2025-01-01' + (f % 600),
       '2025-01-01T10:00:00.000000Z', 100000001 + (f % 4000)
FROM generate_series(1, :families) f;

-- the initiator and two involved practitioners on every case (about 150 cases each)
INSERT INTO case_membership(id, version, case_id, practitioner_id, kind, since)
SELECT 700000000 + f * 3 + k, 1, 500000000 + f, 100000001 + ((f + k * 1337) % 4000),
       CASE k WHEN 0 THEN 'INITIATOR' ELSE 'INVOLVED' END, DATE '2025-01-01' + (f % 600)
FROM generate_series(1, :families) f CROSS JOIN generate_series(0, 2) k;

COMMIT;
ANALYZE;
