-- Change of lead practitioner (issue 3, item 5): a handover from a confirmed appointment (outgoing) to a new one
-- proposed for the incoming lead (incoming), with its reason code, the meeting that agreed it, the effective date,
-- the day the lead changes once agreed, and the outgoing lead's telling the family and the network. The children
-- handed over are those the incoming appointment covers (lead_coverage).
CREATE TABLE lead_handover (
    id                       BIGINT        NOT NULL,
    version                  BIGINT        NOT NULL,
    case_id                  BIGINT        NOT NULL,
    outgoing_id              BIGINT        NOT NULL,
    incoming_id              BIGINT        NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    effective_date           DATE          NOT NULL,
    lead_changes_on          DATE,
    reason                   VARCHAR(40)   NOT NULL,
    reason_detail            VARCHAR(2000),
    meeting                  VARCHAR(40)   NOT NULL,
    meeting_date             DATE          NOT NULL,
    meeting_note             VARCHAR(500),
    planned_by_id            BIGINT        NOT NULL,
    planned_at               VARCHAR(27)   NOT NULL,
    agreed_at                VARCHAR(27),
    completed_at             VARCHAR(27),
    family_told_on           DATE,
    family_told_by_id        BIGINT,
    family_told_recorded_at  VARCHAR(27),
    network_told_on          DATE,
    network_told_by_id       BIGINT,
    network_told_recorded_at VARCHAR(27),
    closed_by_id             BIGINT,
    closed_at                VARCHAR(27),
    closing_reason           VARCHAR(2000),
    CONSTRAINT pk_lead_handover PRIMARY KEY (id),
    CONSTRAINT fk_lead_handover_case FOREIGN KEY (case_id) REFERENCES eh_case (id),
    CONSTRAINT fk_lead_handover_outgoing FOREIGN KEY (outgoing_id) REFERENCES lead_appointment (id),
    CONSTRAINT fk_lead_handover_incoming FOREIGN KEY (incoming_id) REFERENCES lead_appointment (id),
    CONSTRAINT fk_lead_handover_planned_by FOREIGN KEY (planned_by_id) REFERENCES practitioner (id),
    CONSTRAINT fk_lead_handover_family_told_by FOREIGN KEY (family_told_by_id) REFERENCES practitioner (id),
    CONSTRAINT fk_lead_handover_network_told_by FOREIGN KEY (network_told_by_id) REFERENCES practitioner (id),
    CONSTRAINT fk_lead_handover_closed_by FOREIGN KEY (closed_by_id) REFERENCES practitioner (id),
    -- an incoming appointment belongs to one handover; also the index of "the handover of this appointment"
    CONSTRAINT uq_lead_handover_incoming UNIQUE (incoming_id),
    CONSTRAINT ck_lead_handover_status CHECK (status IN ('PLANNED', 'AGREED', 'COMPLETED', 'WITHDRAWN', 'FELL_THROUGH')),
    CONSTRAINT ck_lead_handover_reason CHECK (reason IN ('CASE_MANAGEMENT_DECISION', 'FAMILY_REQUEST', 'WORKER_LEFT_ROLE',
        'ORGANISATIONAL_RESTRUCTURE', 'TRANSFER_BETWEEN_TEAMS', 'WORKER_ABSENCE', 'CHANGE_OF_CIRCUMSTANCES',
        'CHANGE_OF_PLAN', 'OTHER')),
    CONSTRAINT ck_lead_handover_reason_detail CHECK (reason <> 'OTHER' OR reason_detail IS NOT NULL),
    CONSTRAINT ck_lead_handover_meeting CHECK (meeting IN ('TEAM_AROUND_THE_FAMILY', 'CHILD_IN_NEED', 'CHILD_PROTECTION',
        'OTHER_MEETING')),
    CONSTRAINT ck_lead_handover_meeting_note CHECK (meeting <> 'OTHER_MEETING' OR meeting_note IS NOT NULL),
    CONSTRAINT ck_lead_handover_changes CHECK (lead_changes_on IS NULL OR lead_changes_on >= effective_date),
    CONSTRAINT ck_lead_handover_agreed CHECK (status NOT IN ('AGREED', 'COMPLETED') OR lead_changes_on IS NOT NULL)
);
-- the case's handovers, newest first
CREATE INDEX ix_lead_handover_case ON lead_handover (case_id, planned_at);
-- the outgoing lead's handovers still waiting for the family or the network to be told (joined from their appointments)
CREATE INDEX ix_lead_handover_outgoing ON lead_handover (outgoing_id, status);
-- agreed handovers whose day has come
CREATE INDEX ix_lead_handover_due ON lead_handover (status, lead_changes_on);
