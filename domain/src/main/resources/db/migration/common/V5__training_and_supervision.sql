-- Training records and supervision logs (org.leadpractitioner.domain.training).
-- Plain SQL for H2 (2.2.224, the version WildFly 39 ships, and 2.3) and PostgreSQL 15, like V1. Instants are
-- VARCHAR(27) UTC text (docs/adr/0005).

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

-- The evidence document of a completion, at most one per record. BYTEA is PostgreSQL's type and H2 reads it
-- as BINARY VARYING of up to 1 GB (2.2.224 and 2.3), so the table needs no per-database script.
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
    id                     BIGINT        NOT NULL,
    version                BIGINT        NOT NULL,
    practitioner_id        BIGINT        NOT NULL,
    description            VARCHAR(2000) NOT NULL,
    course_id              BIGINT,
    raised_on              DATE          NOT NULL,
    source                 VARCHAR(20)   NOT NULL,
    supervision_session_id BIGINT,
    status                 VARCHAR(20)   NOT NULL,
    met_by_record_id       BIGINT,
    closed_on              DATE,
    closing_note           VARCHAR(2000),
    CONSTRAINT pk_training_need PRIMARY KEY (id),
    CONSTRAINT fk_training_need_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_training_need_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_training_need_met_by FOREIGN KEY (met_by_record_id) REFERENCES training_record (id),
    CONSTRAINT ck_training_need_source CHECK (source IN ('SUPERVISION', 'OTHER')),
    CONSTRAINT ck_training_need_status CHECK (status IN ('OPEN', 'MET', 'WITHDRAWN')),
    CONSTRAINT ck_training_need_closed CHECK ((status = 'OPEN') = (closed_on IS NULL)),
    CONSTRAINT ck_training_need_session CHECK ((source = 'SUPERVISION') = (supervision_session_id IS NOT NULL))
);
-- a practitioner's (open) needs, and those of a course a completion meets
CREATE INDEX ix_training_need_practitioner ON training_need (practitioner_id, status, course_id);
CREATE INDEX ix_training_need_course ON training_need (course_id);
CREATE INDEX ix_training_need_met_by ON training_need (met_by_record_id);
CREATE INDEX ix_training_need_session ON training_need (supervision_session_id);
-- (its foreign key to supervision_session is added below, once that table exists)

-- Supervision policies ----------------------------------------------------------------------------------
-- Null agency: every agency; null role: every role. NULLS NOT DISTINCT (PostgreSQL 15, H2 2.2.224) makes two
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

-- Supervision sessions and their records ------------------------------------------------------------------
-- Private to the supervisor, the supervisee and the supervisee's management line; only the decisions on
-- cases (supervision_case_note) are shown to those entitled to see the case.

CREATE TABLE supervision_session (
    id                      BIGINT        NOT NULL,
    version                 BIGINT        NOT NULL,
    supervisor_id           BIGINT        NOT NULL,
    supervisee_id           BIGINT        NOT NULL,
    status                  VARCHAR(30)   NOT NULL,
    session_type            VARCHAR(20)   NOT NULL,
    scheduled_for           DATE          NOT NULL,
    scheduled_time          TIME,
    held_on                 DATE,
    duration_minutes        INTEGER,
    attendees               VARCHAR(1000),
    workload                VARCHAR(8000),
    inter_agency            VARCHAR(8000),
    wellbeing               VARCHAR(8000),
    last_saved_at           VARCHAR(27),
    supervisor_signed_at    VARCHAR(27),
    supervisee_responded_at VARCHAR(27),
    supervisee_comment      VARCHAR(4000),
    cancelled_at            VARCHAR(27),
    cancellation_reason     VARCHAR(2000),
    CONSTRAINT pk_supervision_session PRIMARY KEY (id),
    CONSTRAINT fk_supervision_session_supervisor FOREIGN KEY (supervisor_id) REFERENCES practitioner (id),
    CONSTRAINT fk_supervision_session_supervisee FOREIGN KEY (supervisee_id) REFERENCES practitioner (id),
    CONSTRAINT ck_supervision_session_people CHECK (supervisor_id <> supervisee_id),
    CONSTRAINT ck_supervision_session_status CHECK (status IN ('SCHEDULED', 'DRAFT', 'SIGNED_BY_SUPERVISOR',
        'CONFIRMED', 'DISPUTED', 'CANCELLED')),
    CONSTRAINT ck_supervision_session_type CHECK (session_type IN ('ONE_TO_ONE', 'GROUP', 'CASE_SUPERVISION')),
    CONSTRAINT ck_supervision_session_duration CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 480),
    CONSTRAINT ck_supervision_session_signed CHECK (status NOT IN ('SIGNED_BY_SUPERVISOR', 'CONFIRMED', 'DISPUTED')
        OR (supervisor_signed_at IS NOT NULL AND held_on IS NOT NULL AND duration_minutes IS NOT NULL)),
    CONSTRAINT ck_supervision_session_responded CHECK (status NOT IN ('CONFIRMED', 'DISPUTED')
        OR supervisee_responded_at IS NOT NULL)
);
-- a supervisor's sessions by date; a supervisee's sessions and the last held per supervisee (MAX(held_on) GROUP BY)
CREATE INDEX ix_supervision_session_supervisor ON supervision_session (supervisor_id, scheduled_for);
CREATE INDEX ix_supervision_session_supervisee ON supervision_session (supervisee_id, held_on);

ALTER TABLE training_need ADD CONSTRAINT fk_training_need_session
    FOREIGN KEY (supervision_session_id) REFERENCES supervision_session (id);

CREATE TABLE supervision_case_discussion (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    session_id BIGINT        NOT NULL,
    case_id    BIGINT        NOT NULL,
    discussion VARCHAR(8000),
    reflection VARCHAR(8000),
    risk       VARCHAR(8000),
    decision   VARCHAR(4000),
    actions    VARCHAR(4000),
    CONSTRAINT pk_supervision_case_discussion PRIMARY KEY (id),
    CONSTRAINT uk_supervision_case_discussion UNIQUE (session_id, case_id),
    CONSTRAINT fk_supervision_case_discussion_session FOREIGN KEY (session_id) REFERENCES supervision_session (id),
    CONSTRAINT fk_supervision_case_discussion_case FOREIGN KEY (case_id) REFERENCES eh_case (id)
);
CREATE INDEX ix_supervision_case_discussion_case ON supervision_case_discussion (case_id);

CREATE TABLE supervision_action (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    session_id  BIGINT        NOT NULL,
    description VARCHAR(2000) NOT NULL,
    owner_id    BIGINT        NOT NULL,
    due_on      DATE          NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    done_on     DATE,
    CONSTRAINT pk_supervision_action PRIMARY KEY (id),
    CONSTRAINT fk_supervision_action_session FOREIGN KEY (session_id) REFERENCES supervision_session (id),
    CONSTRAINT fk_supervision_action_owner FOREIGN KEY (owner_id) REFERENCES practitioner (id),
    CONSTRAINT ck_supervision_action_status CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT ck_supervision_action_done CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);
-- an owner's open (and overdue) actions; a session's actions
CREATE INDEX ix_supervision_action_owner ON supervision_action (owner_id, status, due_on);
CREATE INDEX ix_supervision_action_session ON supervision_action (session_id);

CREATE TABLE supervision_training_need (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    session_id  BIGINT        NOT NULL,
    description VARCHAR(2000) NOT NULL,
    course_id   BIGINT,
    CONSTRAINT pk_supervision_training_need PRIMARY KEY (id),
    CONSTRAINT fk_supervision_training_need_session FOREIGN KEY (session_id) REFERENCES supervision_session (id),
    CONSTRAINT fk_supervision_training_need_course FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX ix_supervision_training_need_session ON supervision_training_need (session_id);
CREATE INDEX ix_supervision_training_need_course ON supervision_training_need (course_id);

-- Decisions made in supervision, as notes on the case (visible to those entitled to see the case).
CREATE TABLE supervision_case_note (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    case_id        BIGINT        NOT NULL,
    session_id     BIGINT        NOT NULL,
    decided_on     DATE          NOT NULL,
    decision       VARCHAR(4000) NOT NULL,
    approved_by_id BIGINT        NOT NULL,
    approved_at    VARCHAR(27)   NOT NULL,
    CONSTRAINT pk_supervision_case_note PRIMARY KEY (id),
    CONSTRAINT fk_supervision_case_note_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_supervision_case_note_session FOREIGN KEY (session_id) REFERENCES supervision_session (id),
    CONSTRAINT fk_supervision_case_note_approved_by FOREIGN KEY (approved_by_id) REFERENCES practitioner (id)
);
CREATE INDEX ix_supervision_case_note_case ON supervision_case_note (case_id, decided_on);
CREATE INDEX ix_supervision_case_note_session ON supervision_case_note (session_id);
CREATE INDEX ix_supervision_case_note_approved_by ON supervision_case_note (approved_by_id);
