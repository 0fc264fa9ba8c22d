-- Escalation of professional disagreements (issue 5): the authority's stage policy, escalations and the record of
-- each stage an escalation reached (its deadline, response, outcome, when it became overdue and how it ended).
-- Instants are UTC text (docs/adr/0005), so "deadline_at <= :now" compares text in time order.

CREATE TABLE esc_stage_policy (
    id                         BIGINT        NOT NULL,
    version                    BIGINT        NOT NULL,
    stage_number               INTEGER       NOT NULL,
    name                       VARCHAR(100)  NOT NULL,
    description                VARCHAR(500)  NOT NULL,
    response_working_days      INTEGER       NOT NULL,
    urgent_response_hours      INTEGER       NOT NULL,
    notifies_business_manager  BOOLEAN       NOT NULL,
    on_overdue                 VARCHAR(30)   NOT NULL,
    CONSTRAINT pk_esc_stage_policy PRIMARY KEY (id),
    CONSTRAINT uk_esc_stage_policy_number UNIQUE (stage_number),
    CONSTRAINT ck_esc_stage_policy_number CHECK (stage_number >= 1),
    CONSTRAINT ck_esc_stage_policy_working_days CHECK (response_working_days > 0),
    CONSTRAINT ck_esc_stage_policy_urgent_hours CHECK (urgent_response_hours > 0),
    CONSTRAINT ck_esc_stage_policy_on_overdue CHECK (on_overdue IN ('PROMPT_RAISER', 'MOVE_UP_AUTOMATICALLY'))
);

-- The default stages, of the shape of the published policies quoted in DOMAIN.md; the authority changes them to its
-- local safeguarding partnership's policy. Ids from the shared sequence, as V10 does.
INSERT INTO esc_stage_policy (id, version, stage_number, name, description, response_working_days, urgent_response_hours,
    notifies_business_manager, on_overdue)
    VALUES (nextval('lp_seq'), 0, 1, 'Practitioner to practitioner',
    'The practitioner who disagrees raises it directly with the practitioner concerned; they talk it through and agree what happens next.',
    2, 24, FALSE, 'PROMPT_RAISER');
INSERT INTO esc_stage_policy (id, version, stage_number, name, description, response_working_days, urgent_response_hours,
    notifies_business_manager, on_overdue)
    VALUES (nextval('lp_seq'), 0, 2, 'Line managers / designated safeguarding leads',
    'The practitioners'' line managers or designated safeguarding leads discuss the disagreement and agree an action plan.',
    5, 24, FALSE, 'PROMPT_RAISER');
INSERT INTO esc_stage_policy (id, version, stage_number, name, description, response_working_days, urgent_response_hours,
    notifies_business_manager, on_overdue)
    VALUES (nextval('lp_seq'), 0, 3, 'Senior managers / heads of service',
    'Senior managers or heads of service of the agencies resolve it together; the safeguarding partnership''s business manager is told.',
    2, 24, TRUE, 'PROMPT_RAISER');
INSERT INTO esc_stage_policy (id, version, stage_number, name, description, response_working_days, urgent_response_hours,
    notifies_business_manager, on_overdue)
    VALUES (nextval('lp_seq'), 0, 4, 'Safeguarding partnership (independent chair)',
    'The safeguarding partnership considers the disagreement at a meeting with an independent chair, who decides how it is resolved.',
    10, 48, FALSE, 'PROMPT_RAISER');

CREATE TABLE escalation (
    id                     BIGINT         NOT NULL,
    version                BIGINT         NOT NULL,
    case_id                BIGINT         NOT NULL,
    category               VARCHAR(30)    NOT NULL,
    raised_by_id           BIGINT         NOT NULL,
    raised_by_agency_id    BIGINT         NOT NULL,
    raised_with_id         BIGINT         NOT NULL,
    raised_with_agency_id  BIGINT         NOT NULL,
    concern                VARCHAR(4000)  NOT NULL,
    desired_outcome        VARCHAR(2000)  NOT NULL,
    urgency                VARCHAR(20)    NOT NULL,
    status                 VARCHAR(20)    NOT NULL,
    current_stage          INTEGER        NOT NULL,
    raised_at              VARCHAR(27)    NOT NULL,
    closed_at              VARCHAR(27),
    outcome_summary        VARCHAR(4000),
    resolved_lead_id       BIGINT,
    withdrawal_reason      VARCHAR(2000),
    CONSTRAINT pk_escalation PRIMARY KEY (id),
    CONSTRAINT fk_escalation_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_escalation_raised_by FOREIGN KEY (raised_by_id) REFERENCES practitioner (id),
    CONSTRAINT fk_escalation_raised_by_agency FOREIGN KEY (raised_by_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_escalation_raised_with FOREIGN KEY (raised_with_id) REFERENCES practitioner (id),
    CONSTRAINT fk_escalation_raised_with_agency FOREIGN KEY (raised_with_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_escalation_resolved_lead FOREIGN KEY (resolved_lead_id) REFERENCES practitioner (id),
    CONSTRAINT ck_escalation_category CHECK (category IN ('WHO_SHOULD_LEAD', 'THRESHOLD', 'CONCERNS_NOT_ACTED_ON',
        'INFORMATION_SHARING', 'PLAN_NOT_PROGRESSING', 'OTHER')),
    CONSTRAINT ck_escalation_urgency CHECK (urgency IN ('STANDARD', 'URGENT')),
    CONSTRAINT ck_escalation_status CHECK (status IN ('OPEN', 'RESOLVED', 'NOT_RESOLVED', 'WITHDRAWN')),
    CONSTRAINT ck_escalation_not_with_self CHECK (raised_with_id <> raised_by_id),
    CONSTRAINT ck_escalation_stage CHECK (current_stage >= 1),
    -- closed exactly when not open; a closed one has its outcome, a withdrawn one its reason
    CONSTRAINT ck_escalation_closed CHECK ((status = 'OPEN' AND closed_at IS NULL)
        OR (status <> 'OPEN' AND closed_at IS NOT NULL)),
    CONSTRAINT ck_escalation_outcome CHECK ((status IN ('RESOLVED', 'NOT_RESOLVED') AND outcome_summary IS NOT NULL)
        OR (status NOT IN ('RESOLVED', 'NOT_RESOLVED') AND outcome_summary IS NULL)),
    CONSTRAINT ck_escalation_withdrawn CHECK ((status = 'WITHDRAWN' AND withdrawal_reason IS NOT NULL)
        OR (status <> 'WITHDRAWN' AND withdrawal_reason IS NULL)),
    -- only a resolved disagreement about who should lead names a lead
    CONSTRAINT ck_escalation_resolved_lead CHECK (resolved_lead_id IS NULL
        OR (category = 'WHO_SHOULD_LEAD' AND status = 'RESOLVED'))
);
-- a case's escalations, newest first
CREATE INDEX ix_escalation_case ON escalation (case_id, raised_at);
-- the escalations a practitioner raised, and those raised with them, newest first
CREATE INDEX ix_escalation_raised_by ON escalation (raised_by_id, raised_at);
CREATE INDEX ix_escalation_raised_with ON escalation (raised_with_id, raised_at);
-- oversight: open escalations counted by current stage, by the raiser's agency, by the other agency
CREATE INDEX ix_escalation_status_stage ON escalation (status, current_stage);
CREATE INDEX ix_escalation_status_raiser_agency ON escalation (status, raised_by_agency_id);
CREATE INDEX ix_escalation_status_with_agency ON escalation (status, raised_with_agency_id);

CREATE TABLE escalation_stage (
    id                BIGINT         NOT NULL,
    version           BIGINT         NOT NULL,
    escalation_id     BIGINT         NOT NULL,
    record_no         INTEGER        NOT NULL,
    stage_number      INTEGER        NOT NULL,
    stage_name        VARCHAR(100)   NOT NULL,
    responder_id      BIGINT         NOT NULL,
    participants      VARCHAR(1000),
    started_at        VARCHAR(27)    NOT NULL,
    reopen_reason     VARCHAR(2000),
    due_on            DATE,
    deadline_at       VARCHAR(27)    NOT NULL,
    response          VARCHAR(4000),
    responded_at      VARCHAR(27),
    outcome           VARCHAR(20),
    outcome_note      VARCHAR(4000),
    resolved_lead_id  BIGINT,
    outcome_at        VARCHAR(27),
    overdue_at        VARCHAR(27),
    ended_at          VARCHAR(27),
    end_kind          VARCHAR(20),
    end_reason        VARCHAR(2000),
    CONSTRAINT pk_escalation_stage PRIMARY KEY (id),
    CONSTRAINT fk_escalation_stage_escalation FOREIGN KEY (escalation_id) REFERENCES escalation (id),
    CONSTRAINT fk_escalation_stage_responder FOREIGN KEY (responder_id) REFERENCES practitioner (id),
    CONSTRAINT fk_escalation_stage_resolved_lead FOREIGN KEY (resolved_lead_id) REFERENCES practitioner (id),
    -- the records of an escalation are numbered 1, 2, 3...; also the index of "its stages in order"
    CONSTRAINT uq_escalation_stage_record UNIQUE (escalation_id, record_no),
    CONSTRAINT ck_escalation_stage_record_no CHECK (record_no >= 1),
    CONSTRAINT ck_escalation_stage_number CHECK (stage_number >= 1),
    CONSTRAINT ck_escalation_stage_deadline CHECK (deadline_at > started_at),
    CONSTRAINT ck_escalation_stage_outcome CHECK (outcome IS NULL OR outcome IN ('RESOLVED', 'AGREED_PLAN', 'NOT_RESOLVED')),
    CONSTRAINT ck_escalation_stage_end_kind CHECK (end_kind IS NULL OR end_kind IN ('MOVED_UP', 'CLOSED', 'WITHDRAWN')),
    -- a response, an outcome, an ending each come with their time
    CONSTRAINT ck_escalation_stage_responded CHECK ((response IS NULL) = (responded_at IS NULL)),
    CONSTRAINT ck_escalation_stage_decided CHECK ((outcome IS NULL) = (outcome_at IS NULL)
        AND (outcome IS NULL) = (outcome_note IS NULL)),
    CONSTRAINT ck_escalation_stage_ended CHECK ((ended_at IS NULL) = (end_kind IS NULL)),
    -- a withdrawal has its reason; a stage closes only on a resolving outcome, or not resolved (at the last stage)
    CONSTRAINT ck_escalation_stage_withdrawn CHECK (end_kind <> 'WITHDRAWN' OR end_reason IS NOT NULL),
    CONSTRAINT ck_escalation_stage_closed CHECK (end_kind <> 'CLOSED' OR outcome IS NOT NULL),
    CONSTRAINT ck_escalation_stage_resolved_lead CHECK (resolved_lead_id IS NULL OR outcome IN ('RESOLVED', 'AGREED_PLAN'))
);
-- the overdue sweep: current stages (not ended), not yet overdue, deadline reached
CREATE INDEX ix_escalation_stage_sweep ON escalation_stage (ended_at, overdue_at, deadline_at);
-- oversight: current stages at a stage number, soonest deadline first
CREATE INDEX ix_escalation_stage_current ON escalation_stage (ended_at, stage_number, deadline_at);
-- what awaits a practitioner's response
CREATE INDEX ix_escalation_stage_responder ON escalation_stage (responder_id, ended_at, deadline_at);
