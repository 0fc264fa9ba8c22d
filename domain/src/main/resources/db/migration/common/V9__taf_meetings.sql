-- Team Around the Family meetings (issue 4): meetings and their invitees (attendance, reports, invitations sent,
-- circulation of the record), the SMART actions of the plan and their progress, the plan's review clock, and the
-- drafts kept as people type the record.
CREATE TABLE taf_meeting (
    id                   BIGINT         NOT NULL,
    version              BIGINT         NOT NULL,
    case_id              BIGINT         NOT NULL,
    meeting_type         VARCHAR(20)    NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    starts_at            VARCHAR(27)    NOT NULL,
    ends_at              VARCHAR(27)    NOT NULL,
    venue                VARCHAR(300),
    online_link          VARCHAR(500),
    chair_id             BIGINT         NOT NULL,
    minute_taker_id      BIGINT,
    organiser_id         BIGINT         NOT NULL,
    ics_sequence         INTEGER        NOT NULL,
    created_at           VARCHAR(27)    NOT NULL,
    cancelled_at         VARCHAR(27),
    cancel_reason        VARCHAR(2000),
    minutes              VARCHAR(20000),
    worries              VARCHAR(8000),
    working_well         VARCHAR(8000),
    needs_to_happen      VARCHAR(8000),
    scaling              INTEGER,
    family_views         VARCHAR(4000),
    child_views          VARCHAR(4000),
    decision             VARCHAR(20),
    decision_note        VARCHAR(4000),
    sustainability_plan  VARCHAR(4000),
    cadence              VARCHAR(20),
    next_review_on       DATE,
    recorded_at          VARCHAR(27),
    recorded_by_id       BIGINT,
    circulation_due_on   DATE,
    circulated_on        DATE,
    handover_id          BIGINT,
    CONSTRAINT pk_taf_meeting PRIMARY KEY (id),
    CONSTRAINT fk_taf_meeting_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_taf_meeting_chair FOREIGN KEY (chair_id) REFERENCES practitioner (id),
    CONSTRAINT fk_taf_meeting_minute_taker FOREIGN KEY (minute_taker_id) REFERENCES practitioner (id),
    CONSTRAINT fk_taf_meeting_organiser FOREIGN KEY (organiser_id) REFERENCES practitioner (id),
    CONSTRAINT fk_taf_meeting_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES practitioner (id),
    CONSTRAINT fk_taf_meeting_handover FOREIGN KEY (handover_id) REFERENCES lead_handover (id),
    CONSTRAINT ck_taf_meeting_type CHECK (meeting_type IN ('INITIAL', 'REVIEW', 'STEP_DOWN', 'HANDOVER', 'CLOSURE')),
    CONSTRAINT ck_taf_meeting_status CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    CONSTRAINT ck_taf_meeting_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_taf_meeting_place CHECK (venue IS NOT NULL OR online_link IS NOT NULL),
    CONSTRAINT ck_taf_meeting_scaling CHECK (scaling IS NULL OR scaling BETWEEN 0 AND 10),
    CONSTRAINT ck_taf_meeting_decision CHECK (decision IS NULL OR decision IN ('CONTINUE', 'STEP_UP', 'STEP_DOWN', 'CLOSE',
        'CHANGE_OF_LEAD')),
    CONSTRAINT ck_taf_meeting_cadence CHECK (cadence IS NULL OR cadence IN ('SIX_WEEKLY', 'TERMLY')),
    CONSTRAINT ck_taf_meeting_held CHECK (status <> 'HELD' OR (recorded_at IS NOT NULL AND circulation_due_on IS NOT NULL
        AND decision IS NOT NULL AND scaling IS NOT NULL))
);
-- the case's meetings, latest first
CREATE INDEX ix_taf_meeting_case ON taf_meeting (case_id, starts_at);
-- drift: held meetings whose record has not reached everyone
CREATE INDEX ix_taf_meeting_circulation ON taf_meeting (status, circulated_on, circulation_due_on);

CREATE TABLE taf_invitee (
    id                       BIGINT        NOT NULL,
    version                  BIGINT        NOT NULL,
    meeting_id               BIGINT        NOT NULL,
    practitioner_id          BIGINT,
    family_member_id         BIGINT,
    attendance               VARCHAR(20)   NOT NULL,
    written_report           VARCHAR(8000),
    scaling                  INTEGER,
    invited_sequence         INTEGER,
    invitation_delivery      VARCHAR(200),
    invitation_sent_at       VARCHAR(27),
    circulated_on            DATE,
    circulation_method       VARCHAR(20),
    circulated_by_id         BIGINT,
    circulation_recorded_at  VARCHAR(27),
    CONSTRAINT pk_taf_invitee PRIMARY KEY (id),
    CONSTRAINT fk_taf_invitee_meeting FOREIGN KEY (meeting_id) REFERENCES taf_meeting (id),
    CONSTRAINT fk_taf_invitee_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_taf_invitee_family_member FOREIGN KEY (family_member_id) REFERENCES family_member (id),
    CONSTRAINT fk_taf_invitee_circulated_by FOREIGN KEY (circulated_by_id) REFERENCES practitioner (id),
    CONSTRAINT ck_taf_invitee_one_person CHECK ((practitioner_id IS NULL) <> (family_member_id IS NULL)),
    CONSTRAINT ck_taf_invitee_attendance CHECK (attendance IN ('NOT_RECORDED', 'ATTENDED', 'APOLOGIES', 'DID_NOT_ATTEND')),
    CONSTRAINT ck_taf_invitee_scaling CHECK (scaling IS NULL OR scaling BETWEEN 0 AND 10),
    CONSTRAINT ck_taf_invitee_method CHECK (circulation_method IS NULL OR circulation_method IN ('SECURE_EMAIL', 'EMAIL',
        'POST', 'IN_PERSON')),
    CONSTRAINT uq_taf_invitee_practitioner UNIQUE (meeting_id, practitioner_id),
    CONSTRAINT uq_taf_invitee_family_member UNIQUE (meeting_id, family_member_id)
);
-- a practitioner's calendar, and clashes
CREATE INDEX ix_taf_invitee_practitioner ON taf_invitee (practitioner_id, meeting_id);
CREATE INDEX ix_taf_invitee_family_member ON taf_invitee (family_member_id, meeting_id);

CREATE TABLE taf_plan (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    case_id          BIGINT       NOT NULL,
    started_on       DATE         NOT NULL,
    cadence          VARCHAR(20),
    last_meeting_on  DATE         NOT NULL,
    next_review_on   DATE,
    ended_on         DATE,
    end_decision     VARCHAR(20),
    CONSTRAINT pk_taf_plan PRIMARY KEY (id),
    CONSTRAINT fk_taf_plan_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT uq_taf_plan_case UNIQUE (case_id),
    CONSTRAINT ck_taf_plan_cadence CHECK (cadence IS NULL OR cadence IN ('SIX_WEEKLY', 'TERMLY'))
);
-- drift: active plans whose review date has passed
CREATE INDEX ix_taf_plan_review ON taf_plan (ended_on, next_review_on);

CREATE TABLE taf_action (
    id                      BIGINT         NOT NULL,
    version                 BIGINT         NOT NULL,
    case_id                 BIGINT         NOT NULL,
    meeting_id              BIGINT         NOT NULL,
    description             VARCHAR(1000)  NOT NULL,
    success_measure         VARCHAR(1000)  NOT NULL,
    owner_practitioner_id   BIGINT,
    owner_family_member_id  BIGINT,
    due_on                  DATE           NOT NULL,
    status                  VARCHAR(20)    NOT NULL,
    completed_on            DATE,
    created_at              VARCHAR(27)    NOT NULL,
    CONSTRAINT pk_taf_action PRIMARY KEY (id),
    CONSTRAINT fk_taf_action_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_taf_action_meeting FOREIGN KEY (meeting_id) REFERENCES taf_meeting (id),
    CONSTRAINT fk_taf_action_owner_practitioner FOREIGN KEY (owner_practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_taf_action_owner_family_member FOREIGN KEY (owner_family_member_id) REFERENCES family_member (id),
    CONSTRAINT ck_taf_action_one_owner CHECK ((owner_practitioner_id IS NULL) <> (owner_family_member_id IS NULL)),
    CONSTRAINT ck_taf_action_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NO_LONGER_NEEDED'))
);
CREATE INDEX ix_taf_action_case ON taf_action (case_id, due_on);
CREATE INDEX ix_taf_action_meeting ON taf_action (meeting_id);
-- drift: open actions past their date
CREATE INDEX ix_taf_action_due ON taf_action (status, due_on);

CREATE TABLE taf_action_progress (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    action_id       BIGINT        NOT NULL,
    note            VARCHAR(2000),
    status_before   VARCHAR(20)   NOT NULL,
    status_after    VARCHAR(20)   NOT NULL,
    recorded_by_id  BIGINT,
    recorded_at     VARCHAR(27)   NOT NULL,
    CONSTRAINT pk_taf_action_progress PRIMARY KEY (id),
    CONSTRAINT fk_taf_action_progress_action FOREIGN KEY (action_id) REFERENCES taf_action (id),
    CONSTRAINT fk_taf_action_progress_by FOREIGN KEY (recorded_by_id) REFERENCES practitioner (id)
);
CREATE INDEX ix_taf_action_progress_action ON taf_action_progress (action_id, recorded_at);

CREATE TABLE taf_meeting_draft (
    id               BIGINT          NOT NULL,
    version          BIGINT          NOT NULL,
    meeting_id       BIGINT          NOT NULL,
    author_id        BIGINT          NOT NULL,
    minutes          VARCHAR(40000),
    worries          VARCHAR(40000),
    working_well     VARCHAR(40000),
    needs_to_happen  VARCHAR(40000),
    scaling_text     VARCHAR(20),
    saved_at         VARCHAR(27)     NOT NULL,
    meeting_version  BIGINT          NOT NULL,
    CONSTRAINT pk_taf_meeting_draft PRIMARY KEY (id),
    CONSTRAINT fk_taf_meeting_draft_meeting FOREIGN KEY (meeting_id) REFERENCES taf_meeting (id),
    CONSTRAINT fk_taf_meeting_draft_author FOREIGN KEY (author_id) REFERENCES practitioner (id),
    CONSTRAINT uq_taf_meeting_draft UNIQUE (meeting_id, author_id)
);
