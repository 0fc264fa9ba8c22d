-- Lead Practitioner platform: the case core.
-- Plain SQL that runs unchanged on H2 2.2 and PostgreSQL 15. Names match the JPA mappings in
-- org.leadpractitioner.domain.core exactly (snake_case, explicit in every @Table/@Column/@JoinColumn).
-- Every entity table has id (from lp_seq, allocation 50 = INCREMENT BY) and version (optimistic lock),
-- except audit_event, which is append-only and has no version.

CREATE SEQUENCE lp_seq START WITH 1000 INCREMENT BY 50;

-- Agencies -----------------------------------------------------------------------------------------

CREATE TABLE agency (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    agency_type VARCHAR(40)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT pk_agency PRIMARY KEY (id),
    CONSTRAINT uk_agency_name UNIQUE (name)
);

-- Practitioners and user accounts ------------------------------------------------------------------

CREATE TABLE practitioner (
    id                 BIGINT       NOT NULL,
    version            BIGINT       NOT NULL,
    given_name         VARCHAR(100) NOT NULL,
    family_name        VARCHAR(100) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    phone              VARCHAR(40),
    role               VARCHAR(40)  NOT NULL,
    job_title          VARCHAR(150),
    agency_id          BIGINT       NOT NULL,
    line_manager_id    BIGINT,
    newly_qualified    BOOLEAN      NOT NULL,
    lead_case_capacity INTEGER      NOT NULL,
    active             BOOLEAN      NOT NULL,
    CONSTRAINT pk_practitioner PRIMARY KEY (id),
    CONSTRAINT uk_practitioner_email UNIQUE (email),
    CONSTRAINT fk_practitioner_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_practitioner_line_manager FOREIGN KEY (line_manager_id) REFERENCES practitioner (id),
    CONSTRAINT ck_practitioner_capacity CHECK (lead_case_capacity >= 0),
    CONSTRAINT ck_practitioner_not_own_manager CHECK (line_manager_id IS NULL OR line_manager_id <> id)
);
CREATE INDEX ix_practitioner_agency ON practitioner (agency_id, family_name, given_name);
CREATE INDEX ix_practitioner_line_manager ON practitioner (line_manager_id);
CREATE INDEX ix_practitioner_role ON practitioner (role, family_name, given_name);

-- The server's JDBC security realm reads these two tables directly:
--   SELECT password_hash FROM app_user WHERE username = ? AND enabled = TRUE
--   SELECT r.role_name FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?
CREATE TABLE app_user (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    practitioner_id BIGINT,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id)
);
CREATE INDEX ix_app_user_practitioner ON app_user (practitioner_id);

CREATE TABLE app_user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(40) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Families, their members and children -----------------------------------------------------------------

CREATE TABLE family (
    id                BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    family_name       VARCHAR(150) NOT NULL,
    address_line1     VARCHAR(150),
    address_line2     VARCHAR(150),
    town              VARCHAR(150),
    postcode          VARCHAR(10),
    local_reference   VARCHAR(50),
    parents_separated BOOLEAN      NOT NULL,
    created_at        VARCHAR(27)  NOT NULL,
    registered_by_id  BIGINT,
    CONSTRAINT pk_family PRIMARY KEY (id)
);
CREATE INDEX ix_family_postcode ON family (postcode);
CREATE INDEX ix_family_name ON family (family_name, id);
CREATE INDEX ix_family_registered_by ON family (registered_by_id);
ALTER TABLE family ADD CONSTRAINT fk_family_registered_by FOREIGN KEY (registered_by_id) REFERENCES practitioner (id);
CREATE INDEX ix_family_local_reference ON family (local_reference);

CREATE TABLE family_member (
    id                            BIGINT       NOT NULL,
    version                       BIGINT       NOT NULL,
    family_id                     BIGINT       NOT NULL,
    given_name                    VARCHAR(100) NOT NULL,
    family_name                   VARCHAR(100) NOT NULL,
    relationship                  VARCHAR(40)  NOT NULL,
    holds_parental_responsibility BOOLEAN      NOT NULL,
    email                         VARCHAR(254),
    phone                         VARCHAR(40),
    date_of_birth                 DATE,
    CONSTRAINT pk_family_member PRIMARY KEY (id),
    CONSTRAINT fk_family_member_family FOREIGN KEY (family_id) REFERENCES family (id)
);
CREATE INDEX ix_family_member_family ON family_member (family_id);

CREATE TABLE child (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    family_id     BIGINT       NOT NULL,
    given_name    VARCHAR(100) NOT NULL,
    family_name   VARCHAR(100) NOT NULL,
    date_of_birth DATE         NOT NULL,
    sen_status    VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_child PRIMARY KEY (id),
    CONSTRAINT fk_child_family FOREIGN KEY (family_id) REFERENCES family (id)
);
CREATE INDEX ix_child_family ON child (family_id);
CREATE INDEX ix_child_date_of_birth ON child (date_of_birth);

CREATE TABLE child_lives_with (
    child_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    CONSTRAINT pk_child_lives_with PRIMARY KEY (child_id, member_id),
    CONSTRAINT fk_child_lives_with_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_child_lives_with_member FOREIGN KEY (member_id) REFERENCES family_member (id)
);
CREATE INDEX ix_child_lives_with_member ON child_lives_with (member_id);

CREATE TABLE statutory_circumstance (
    id                          BIGINT       NOT NULL,
    version                     BIGINT       NOT NULL,
    child_id                    BIGINT       NOT NULL,
    circumstance_type           VARCHAR(40)  NOT NULL,
    start_date                  DATE         NOT NULL,
    end_date                    DATE,
    responsible_practitioner_id BIGINT,
    note                        VARCHAR(500),
    CONSTRAINT pk_statutory_circumstance PRIMARY KEY (id),
    CONSTRAINT fk_statutory_circumstance_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_statutory_circumstance_practitioner
        FOREIGN KEY (responsible_practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT ck_statutory_circumstance_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_statutory_circumstance_child ON statutory_circumstance (child_id, start_date);
CREATE INDEX ix_statutory_circumstance_practitioner ON statutory_circumstance (responsible_practitioner_id);

-- The continuum of need (reference data) -------------------------------------------------------------

CREATE TABLE need_level (
    id                        BIGINT       NOT NULL,
    version                   BIGINT       NOT NULL,
    code                      VARCHAR(40)  NOT NULL,
    label                     VARCHAR(100) NOT NULL,
    rank                      INTEGER      NOT NULL,
    lead_practitioner_applies BOOLEAN      NOT NULL,
    statutory                 BOOLEAN      NOT NULL,
    active                    BOOLEAN      NOT NULL,
    CONSTRAINT pk_need_level PRIMARY KEY (id),
    CONSTRAINT uk_need_level_code UNIQUE (code),
    CONSTRAINT ck_need_level_statutory_has_lead CHECK (lead_practitioner_applies OR NOT statutory)
);

-- Seeded ids 1-5 stay below the sequence, which starts at 1000.
INSERT INTO need_level (id, version, code, label, rank, lead_practitioner_applies, statutory, active)
VALUES (1, 0, 'UNIVERSAL', 'Universal', 10, FALSE, FALSE, TRUE);
INSERT INTO need_level (id, version, code, label, rank, lead_practitioner_applies, statutory, active)
VALUES (2, 0, 'LEVEL_1_PLUS', 'Level 1 Plus (additional needs)', 20, TRUE, FALSE, TRUE);
INSERT INTO need_level (id, version, code, label, rank, lead_practitioner_applies, statutory, active)
VALUES (3, 0, 'LEVEL_2_ESCALATING', 'Level 2 Escalating (targeted)', 30, TRUE, FALSE, TRUE);
INSERT INTO need_level (id, version, code, label, rank, lead_practitioner_applies, statutory, active)
VALUES (4, 0, 'STATUTORY_CIN', 'Statutory: Child in Need', 40, TRUE, TRUE, TRUE);
INSERT INTO need_level (id, version, code, label, rank, lead_practitioner_applies, statutory, active)
VALUES (5, 0, 'CHILD_PROTECTION', 'Child Protection', 50, TRUE, TRUE, TRUE);

-- Early help cases -----------------------------------------------------------------------------------

CREATE TABLE eh_case (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    reference           VARCHAR(30)   NOT NULL,
    family_id           BIGINT        NOT NULL,
    need_level_id       BIGINT        NOT NULL,
    origin              VARCHAR(40)   NOT NULL,
    status              VARCHAR(40)   NOT NULL,
    opened_on           DATE          NOT NULL,
    opened_by_id        BIGINT        NOT NULL,
    presenting_needs    VARCHAR(4000) NOT NULL,
    stepped_up_on       DATE,
    step_up_reason      VARCHAR(2000),
    closed_on           DATE,
    closure_reason      VARCHAR(40),
    closure_note        VARCHAR(2000),
    retention_review_on DATE,
    CONSTRAINT pk_eh_case PRIMARY KEY (id),
    CONSTRAINT uk_eh_case_reference UNIQUE (reference),
    CONSTRAINT fk_eh_case_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT fk_eh_case_need_level FOREIGN KEY (need_level_id) REFERENCES need_level (id),
    CONSTRAINT fk_eh_case_opened_by FOREIGN KEY (opened_by_id) REFERENCES practitioner (id),
    CONSTRAINT ck_eh_case_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on),
    CONSTRAINT ck_eh_case_stepped_up_after_opened CHECK (stepped_up_on IS NULL OR stepped_up_on >= opened_on)
);
CREATE INDEX ix_eh_case_family ON eh_case (family_id);
CREATE INDEX ix_eh_case_need_level ON eh_case (need_level_id);
CREATE INDEX ix_eh_case_opened_by ON eh_case (opened_by_id);
CREATE INDEX ix_eh_case_status ON eh_case (status, opened_on);
CREATE INDEX ix_eh_case_retention_review ON eh_case (retention_review_on);

CREATE TABLE case_child (
    case_id  BIGINT NOT NULL,
    child_id BIGINT NOT NULL,
    CONSTRAINT pk_case_child PRIMARY KEY (case_id, child_id),
    CONSTRAINT fk_case_child_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_case_child_child FOREIGN KEY (child_id) REFERENCES child (id)
);
CREATE INDEX ix_case_child_child ON case_child (child_id);

CREATE TABLE consent_record (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    family_id      BIGINT        NOT NULL,
    case_id        BIGINT,
    decision       VARCHAR(40)   NOT NULL,
    given_by_id    BIGINT        NOT NULL,
    decided_on     DATE          NOT NULL,
    recorded_at    VARCHAR(27)  NOT NULL,
    recorded_by_id BIGINT,
    scope_note     VARCHAR(1000),
    CONSTRAINT pk_consent_record PRIMARY KEY (id),
    CONSTRAINT fk_consent_record_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT fk_consent_record_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_consent_record_given_by FOREIGN KEY (given_by_id) REFERENCES family_member (id),
    CONSTRAINT fk_consent_record_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES practitioner (id)
);
CREATE INDEX ix_consent_record_family ON consent_record (family_id, decided_on);
CREATE INDEX ix_consent_record_case ON consent_record (case_id, decided_on);
CREATE INDEX ix_consent_record_given_by ON consent_record (given_by_id);
CREATE INDEX ix_consent_record_recorded_by ON consent_record (recorded_by_id);

CREATE TABLE consent_agency (
    consent_id BIGINT NOT NULL,
    agency_id  BIGINT NOT NULL,
    CONSTRAINT pk_consent_agency PRIMARY KEY (consent_id, agency_id),
    CONSTRAINT fk_consent_agency_consent FOREIGN KEY (consent_id) REFERENCES consent_record (id),
    CONSTRAINT fk_consent_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX ix_consent_agency_agency ON consent_agency (agency_id);

CREATE TABLE case_membership (
    id              BIGINT      NOT NULL,
    version         BIGINT      NOT NULL,
    case_id         BIGINT      NOT NULL,
    practitioner_id BIGINT      NOT NULL,
    kind            VARCHAR(40) NOT NULL,
    since           DATE        NOT NULL,
    until           DATE,
    CONSTRAINT pk_case_membership PRIMARY KEY (id),
    CONSTRAINT fk_case_membership_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_case_membership_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT ck_case_membership_dates CHECK (until IS NULL OR until >= since)
);
CREATE INDEX ix_case_membership_practitioner_case ON case_membership (practitioner_id, case_id);
CREATE INDEX ix_case_membership_case ON case_membership (case_id, kind);

-- Audit trail (append-only; ids refer to records without foreign keys so the trail outlives them) -----

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL,
    at             VARCHAR(27)  NOT NULL,
    username       VARCHAR(100)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    record_type    VARCHAR(50)   NOT NULL,
    record_id      BIGINT,
    case_id        BIGINT,
    child_id       BIGINT,
    detail         VARCHAR(1000),
    source_address VARCHAR(100),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_child_at ON audit_event (child_id, at);
CREATE INDEX ix_audit_event_case_at ON audit_event (case_id, at);
CREATE INDEX ix_audit_event_username_at ON audit_event (username, at);
