-- Training records and supervision logs (org.leadpractitioner.domain.training).
-- Plain SQL for H2 2.x and PostgreSQL 15, like V1. Instants are VARCHAR(27) UTC text (docs/adr/0005).

-- The training catalogue --------------------------------------------------------------------------------
-- No seed rows: ids come from lp_seq, which plain SQL cannot draw from portably. The four core-competency
-- modules (Course.coreCompetencyModules) are added by the training service on start-up when missing.

CREATE TABLE course (
    id                 BIGINT        NOT NULL,
    version            BIGINT        NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    provider           VARCHAR(200)  NOT NULL,
    duration_minutes   INTEGER       NOT NULL,
    mandatory_for_lead BOOLEAN       NOT NULL,
    refresh_months     INTEGER,
    active             BOOLEAN       NOT NULL,
    description        VARCHAR(2000),
    CONSTRAINT pk_course PRIMARY KEY (id),
    CONSTRAINT uk_course_title UNIQUE (title),
    CONSTRAINT ck_course_duration CHECK (duration_minutes > 0),
    CONSTRAINT ck_course_refresh_months CHECK (refresh_months IS NULL OR refresh_months BETWEEN 1 AND 120)
);

CREATE TABLE course_area (
    course_id BIGINT      NOT NULL,
    area      VARCHAR(40) NOT NULL,
    CONSTRAINT pk_course_area PRIMARY KEY (course_id, area),
    CONSTRAINT fk_course_area_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_course_area_area CHECK (area IN ('COMMUNICATION_AND_ENGAGEMENT', 'CHILD_DEVELOPMENT',
        'SAFEGUARDING_AND_WELFARE', 'SUPPORTING_TRANSITIONS', 'MULTI_AGENCY_WORKING', 'SHARING_INFORMATION'))
);
-- "courses covering an area"
CREATE INDEX ix_course_area_area ON course_area (area, course_id);

-- Practitioners' training records ---------------------------------------------------------------------

CREATE TABLE training_record (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    practitioner_id BIGINT        NOT NULL,
    course_id       BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    booked_for      DATE,
    completed_on    DATE,
    cancelled_on    DATE,
    provider        VARCHAR(200)  NOT NULL,
    evidence_note   VARCHAR(2000),
    notes           VARCHAR(2000),
    CONSTRAINT pk_training_record PRIMARY KEY (id),
    CONSTRAINT fk_training_record_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_training_record_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_training_record_status CHECK (status IN ('BOOKED', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT ck_training_record_dates CHECK ((status = 'BOOKED' AND booked_for IS NOT NULL)
        OR (status = 'COMPLETED' AND completed_on IS NOT NULL)
        OR (status = 'CANCELLED' AND cancelled_on IS NOT NULL))
);
-- a practitioner's record (and their open bookings of a course); a course's bookings by date
CREATE INDEX ix_training_record_practitioner ON training_record (practitioner_id, course_id, status);
CREATE INDEX ix_training_record_course ON training_record (course_id, status, booked_for);

-- The evidence document of a completion, at most one per record. BYTEA is PostgreSQL's type and H2 2.x reads
-- it as BINARY VARYING (up to 1 GB), so the table needs no per-database script.
CREATE TABLE training_evidence (
    id                 BIGINT       NOT NULL,
    version            BIGINT       NOT NULL,
    training_record_id BIGINT       NOT NULL,
    file_name          VARCHAR(255) NOT NULL,
    content_type       VARCHAR(100) NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    content            BYTEA        NOT NULL,
    uploaded_at        VARCHAR(27)  NOT NULL,
    CONSTRAINT pk_training_evidence PRIMARY KEY (id),
    CONSTRAINT uk_training_evidence_record UNIQUE (training_record_id),
    CONSTRAINT fk_training_evidence_record FOREIGN KEY (training_record_id) REFERENCES training_record (id),
    CONSTRAINT ck_training_evidence_size CHECK (size_bytes > 0)
);

-- Training and development needs (raised directly, or identified in supervision) ---------------------

CREATE TABLE training_need (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    practitioner_id  BIGINT        NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    course_id        BIGINT,
    raised_on        DATE          NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    met_by_record_id BIGINT,
    closed_on        DATE,
    closing_note     VARCHAR(2000),
    CONSTRAINT pk_training_need PRIMARY KEY (id),
    CONSTRAINT fk_training_need_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_training_need_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_training_need_met_by FOREIGN KEY (met_by_record_id) REFERENCES training_record (id),
    CONSTRAINT ck_training_need_source CHECK (source IN ('SUPERVISION', 'OTHER')),
    CONSTRAINT ck_training_need_status CHECK (status IN ('OPEN', 'MET', 'WITHDRAWN')),
    CONSTRAINT ck_training_need_closed CHECK ((status = 'OPEN') = (closed_on IS NULL))
);
-- a practitioner's (open) needs, and those of a course a completion meets
CREATE INDEX ix_training_need_practitioner ON training_need (practitioner_id, status, course_id);
CREATE INDEX ix_training_need_course ON training_need (course_id);
CREATE INDEX ix_training_need_met_by ON training_need (met_by_record_id);

-- Supervision policies ----------------------------------------------------------------------------------
-- Null agency: every agency; null role: every role. NULLS NOT DISTINCT (PostgreSQL 15, H2 2.2+) makes two
-- authority-wide defaults a duplicate too.

CREATE TABLE supervision_policy (
    id                        BIGINT      NOT NULL,
    version                   BIGINT      NOT NULL,
    agency_id                 BIGINT,
    practitioner_role         VARCHAR(40),
    newly_qualified           BOOLEAN     NOT NULL,
    frequency_amount          INTEGER     NOT NULL,
    frequency_unit            VARCHAR(10) NOT NULL,
    expected_duration_minutes INTEGER     NOT NULL,
    CONSTRAINT pk_supervision_policy PRIMARY KEY (id),
    CONSTRAINT uk_supervision_policy_scope UNIQUE NULLS NOT DISTINCT (agency_id, practitioner_role, newly_qualified),
    CONSTRAINT fk_supervision_policy_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_supervision_policy_frequency CHECK ((frequency_unit = 'WEEKS' AND frequency_amount BETWEEN 1 AND 26)
        OR (frequency_unit = 'MONTHS' AND frequency_amount BETWEEN 1 AND 12)),
    CONSTRAINT ck_supervision_policy_duration CHECK (expected_duration_minutes BETWEEN 1 AND 480)
);
CREATE INDEX ix_supervision_policy_agency ON supervision_policy (agency_id);
